/** The shop's Prometheus metrics (stock per type, JVM); {@code adapters-web} serves them on {@code /metrics}. */
package org.awpt.bootstrap.health;
