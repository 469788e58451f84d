/**
 * The embedded database's storage: mongo-java-server's H2 file backend, with its MVStore maps given
 * compact types (documents, ids and unique index keys in a tagged binary form, keys compared as
 * objects) in place of H2's
 * Java serialization, a format marker so a file of an earlier build is refused, not misread, and unique
 * indexes rebuilt from the documents whenever the file is opened.
 */
package org.awpt.adapters.mongo.embedded;
