/**
 * Morphia entities and their translation to and from the domain. They stay inside this adapter:
 * the domain and the application never see them. {@code licensekeys} keeps the original bot's
 * Mongoose shape, so an existing shop's database is read and written as it is.
 */
package org.awpt.adapters.mongo.entity;
