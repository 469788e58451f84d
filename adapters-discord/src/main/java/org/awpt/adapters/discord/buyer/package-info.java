/** The buyer side: purchase panel and tickets, the payment embed, the Robux, storefront and manual flows, decisions. */
package org.awpt.adapters.discord.buyer;
