/** Purchase tickets: opening one per buyer, the open ones whose payment embeds are kept current, and closing them (by hand, or by the ticket policy). */
package org.awpt.application.ticket;
