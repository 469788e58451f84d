/** What the shop knows of Roblox: users, gamepass ownerships and products, and Roblox outages. */
package org.awpt.application.roblox;
