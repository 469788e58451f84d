/**
 * Reading {@code config.json} and the {@code AWPT_*} environment variables into typed settings,
 * reporting every problem at once with its JSON path, never echoing a secret.
 */
package org.awpt.bootstrap.config;
