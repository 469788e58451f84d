/**
 * The license lifecycle on Discord: expiry reminders by direct message with a Renew button, the
 * licensed role given and taken in the shop's servers, and members who rejoin handed to the
 * lifecycle use case.
 */
package org.awpt.adapters.discord.lifecycle;
