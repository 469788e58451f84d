/** Notifiers for commands run without Discord (the key commands of the command line). */
package org.awpt.bootstrap.console;
