package org.awpt.adapters.mongo.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;

/** Recognises the server refusing a write because of a unique index (code 11000 and its kin). */
final class Duplicates {
    private Duplicates() {
    }

    static boolean isDuplicateKey(MongoException e) {
        return isDuplicateKey(e.getCode());
    }

    static boolean isDuplicateKey(int code) {
        return ErrorCategory.fromErrorCode(code) == ErrorCategory.DUPLICATE_KEY;
    }
}
