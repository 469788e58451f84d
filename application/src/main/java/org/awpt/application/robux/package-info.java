/**
 * Robux purchases: a buyer names their Roblox account, the shop checks the gamepass ownership with
 * Roblox and pays out one key per ownership. A Roblox outage is an outage, never "not owned".
 */
package org.awpt.application.robux;
