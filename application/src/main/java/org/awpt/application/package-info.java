/**
 * AWPT's use cases (inbound ports, one {@code ...UseCase} interface each with its command records
 * and a service) and the outbound ports they need ({@link org.awpt.application.port}).
 *
 * <p>Every use case checks authorization itself through {@link org.awpt.application.shared.Authorization}
 * and writes an audit event for every change, so no adapter can forget either.
 */
package org.awpt.application;
