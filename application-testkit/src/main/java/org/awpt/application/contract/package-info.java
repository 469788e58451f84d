/**
 * Abstract contract test suites, one per repository and store port. Each real adapter and each
 * in-memory fake extends the suite of its port and supplies an empty instance, so fakes and
 * adapters are held to the same behaviour. The suites are abstract and named {@code *Contract},
 * so they only run through a concrete subclass.
 *
 * <p>An adapter module depends on {@code org.awpt:awpt-application-testkit} with
 * {@code <scope>test</scope>} (it brings JUnit 5, AssertJ and jqwik), and writes one small class per port:
 * <pre>{@code
 * class MongoLicenseKeyRepositoryTest extends LicenseKeyRepositoryContract {
 *     protected LicenseKeyRepository newRepository() {
 *         // each test starts on an empty database
 *         return MongoPersistence.onClient(client, freshDatabaseName(), types, clock).licenseKeys();
 *     }
 * }
 * }</pre>
 * {@link org.awpt.application.contract.Race} starts tasks together for the concurrency checks.
 */
package org.awpt.application.contract;
