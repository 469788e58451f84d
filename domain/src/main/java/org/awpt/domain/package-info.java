/**
 * The AWPT shop's domain: license keys and their state machine, orders, payment sessions,
 * pricing, stock levels, buyer policy, access, audit. Plain Java, no framework, no I/O.
 *
 * <p>Failures a person can cause are typed subclasses of {@link org.awpt.domain.ShopException},
 * each with a stable {@link org.awpt.domain.ShopException#code() code} that adapters turn into
 * a message.
 */
package org.awpt.domain;
