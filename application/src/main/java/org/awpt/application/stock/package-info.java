/**
 * Stock levels per license type: counted once and cached until something changes them, with admins
 * alerted once per level change and listeners (purchase panels) told.
 */
package org.awpt.application.stock;
