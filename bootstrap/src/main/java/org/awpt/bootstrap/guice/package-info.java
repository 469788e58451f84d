/**
 * Guice modules: one per adapter and one for the application, all side-effect free (connections
 * are opened when the injector provides them, never when a module is built) and free of
 * conditions; {@link org.awpt.bootstrap.guice.AwptModules} lists them for each way of running.
 */
package org.awpt.bootstrap.guice;
