/**
 * Support staff's key requests: keys reserved all at once, handed over privately when an admin
 * approves, back to stock when an admin denies.
 */
package org.awpt.application.support;
