/** Typed, versioned component ids: what a button or modal means, written into Discord's 100-character custom id. */
package org.awpt.adapters.discord.ids;
