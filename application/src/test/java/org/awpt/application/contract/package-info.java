/** Abstract contract suites every implementation of a port must pass (the in-memory fakes and the real adapters). */
package org.awpt.application.contract;
