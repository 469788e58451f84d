package org.awpt.adapters.roblox.archfixture;

import org.jdbi.v3.core.Jdbi;

/** A test fixture breaking the rules on purpose: an adapter other than SQLite's using JDBI. */
public final class RobloxUsingJdbi {
    /** Depends on JDBI. */
    public Class<Jdbi> jdbi() {
        return Jdbi.class;
    }
}
