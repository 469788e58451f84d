/** Who may buy: the Roblox blocklist and the one-active-license rule with its renewal window. */
package org.awpt.domain.buyer;
