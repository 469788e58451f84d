/**
 * MongoDB persistence with Morphia: {@link org.awpt.adapters.mongo.MongoPersistence#connect} opens
 * a real MongoDB named by a URI, or with none the embedded {@code mongo-java-server} on its H2 file,
 * through the same driver code path, and exposes every repository port. Reads and writes the
 * original bot's {@code licensekeys} as they are. No multi-document transactions anywhere.
 */
package org.awpt.adapters.mongo;
