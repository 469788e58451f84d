package org.awpt.adapters.roblox.archfixture;

/** A test fixture: some Roblox adapter class. */
public final class RobloxThing {
}
