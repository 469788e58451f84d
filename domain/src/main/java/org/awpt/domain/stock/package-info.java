/** Stock levels per license type and their thresholds. */
package org.awpt.domain.stock;
