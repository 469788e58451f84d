/**
 * Roblox's public web APIs as Retrofit interfaces, with their request and response bodies shaped
 * exactly as Roblox documents them. No behaviour lives here.
 */
package org.awpt.adapters.roblox.api;
