/**
 * The shop's database, chosen by the configuration and opened once per process: SQLite in the data
 * folder by default, a MongoDB server when a URI is configured.
 */
package org.awpt.bootstrap.store;
