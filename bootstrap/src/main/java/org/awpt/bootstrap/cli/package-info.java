/** The {@code awpt} command line (picocli): run the bot, manage keys, report, check the set-up. */
package org.awpt.bootstrap.cli;
