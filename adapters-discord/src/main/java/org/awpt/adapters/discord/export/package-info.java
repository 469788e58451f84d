/** CSV files attached to replies (key exports, audit exports), written with Jackson's CSV module. */
package org.awpt.adapters.discord.export;
