/**
 * Abstract contract test suites, one per repository and store port. Each real adapter and each
 * in-memory fake extends the suite of its port and supplies an empty instance, so fakes and
 * adapters are held to the same behaviour. The suites are abstract and named {@code *Contract},
 * so they only run through a concrete subclass.
 */
package org.awpt.application.contract;
