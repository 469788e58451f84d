/**
 * The assembly of AWPT: configuration, Guice modules, the command line and the main class. The
 * only module that knows every other one.
 */
package org.awpt.bootstrap;
