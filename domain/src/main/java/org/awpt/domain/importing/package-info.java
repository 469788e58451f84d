/** Reading a key file for import: one key per line, a report per line. */
package org.awpt.domain.importing;
