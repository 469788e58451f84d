/**
 * The application's contract suites run against this adapter: {@code MemoryMongo*Test} on
 * mongo-java-server's memory backend (a test stand-in for MongoDB), {@code RealMongo*Test} on the
 * MongoDB named by {@code AWPT_TEST_MONGODB_URI} (skipped, with a message, when it is not set).
 */
package org.awpt.adapters.mongo.contract;
