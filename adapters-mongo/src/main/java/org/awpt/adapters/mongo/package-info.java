/**
 * MongoDB persistence with Morphia: {@link org.awpt.adapters.mongo.MongoPersistence#connect} opens
 * the MongoDB named by a URI (in production a replica set) and exposes every repository port. Reads
 * and writes the original bot's {@code licensekeys} as they are. No multi-document transactions anywhere.
 */
package org.awpt.adapters.mongo;
