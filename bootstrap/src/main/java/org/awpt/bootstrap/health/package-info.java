/** The loopback health and metrics endpoint: {@code /healthz} (readiness) and {@code /metrics} (Prometheus). */
package org.awpt.bootstrap.health;
