/** Purchase tickets: opening one per buyer, closing it, and the open ones whose payment embeds are kept current. */
package org.awpt.application.ticket;
