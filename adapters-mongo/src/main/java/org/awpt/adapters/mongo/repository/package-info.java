/**
 * MongoDB implementations of every repository port. No multi-document transaction is used: each
 * invariant rests on one atomic single-document write and on unique indexes.
 */
package org.awpt.adapters.mongo.repository;
