package org.awpt.domain.archfixture;

import com.google.inject.Injector;

/** A test fixture breaking the rules on purpose: domain code using Guice. */
public final class DomainUsingGuice {
    /** Depends on Guice. */
    public Injector injector() {
        return null;
    }
}
