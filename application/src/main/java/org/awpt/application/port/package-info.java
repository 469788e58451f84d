/**
 * Outbound ports: what the shop needs from the world, named for the need. Every repository port
 * has an abstract contract test suite in {@code application-testkit}, run by the in-memory fake and by
 * every real adapter. Correctness rests on single-record atomic operations: no port offers or
 * needs a multi-record transaction.
 */
package org.awpt.application.port;
