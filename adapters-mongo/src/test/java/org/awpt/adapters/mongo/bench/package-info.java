/** A benchmark of the inventory on the embedded server, run by hand; its figures go to docs/benchmarks.md. */
package org.awpt.adapters.mongo.bench;
