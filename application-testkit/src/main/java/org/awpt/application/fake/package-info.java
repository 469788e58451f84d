/**
 * Thread-safe in-memory fakes of every outbound port, with the test helpers that go with them
 * (a settable clock, predictable ids, valid key codes). Shipped in {@code awpt-application-testkit} so
 * that use case tests, adapter tests and outside test suites run the whole shop in plain Java.
 */
package org.awpt.application.fake;
