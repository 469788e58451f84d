/**
 * The application's contract suites run against this adapter: {@code EmbeddedMongo*Test} on the
 * embedded server (memory backend), {@code RealMongo*Test} on the MongoDB named by
 * {@code AWPT_TEST_MONGODB_URI} (skipped, with a message, when it is not set).
 */
package org.awpt.adapters.mongo.contract;
