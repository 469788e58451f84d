/** The Discord bot (JDA 6): a thin adapter that turns Discord interactions into use case calls and renders the results. */
package org.awpt.adapters.discord;
