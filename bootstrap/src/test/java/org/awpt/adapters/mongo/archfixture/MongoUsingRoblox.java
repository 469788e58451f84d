package org.awpt.adapters.mongo.archfixture;

import org.awpt.adapters.roblox.archfixture.RobloxThing;

/** A test fixture breaking the rules on purpose: one adapter using another. */
public final class MongoUsingRoblox {
    /** Depends on the Roblox adapter. */
    public RobloxThing thing() {
        return new RobloxThing();
    }
}
