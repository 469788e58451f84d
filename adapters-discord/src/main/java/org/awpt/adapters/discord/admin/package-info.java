/** The admin and support side: /license, /requestkeys, /lockdown, /audit and their buttons. */
package org.awpt.adapters.discord.admin;
