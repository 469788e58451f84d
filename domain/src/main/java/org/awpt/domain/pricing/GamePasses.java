package org.awpt.domain.pricing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awpt.domain.license.LicenseTypeCode;

/** The gamepass of each license type. */
public final class GamePasses {
    private final Map<LicenseTypeCode, GamePass> byType = new LinkedHashMap<>();

    /** Creates the list; each type has at most one gamepass. */
    public GamePasses(List<GamePass> passes) {
        for (GamePass pass : passes) {
            if (byType.put(pass.type(), pass) != null) {
                throw new IllegalArgumentException("two gamepasses for " + pass.type());
            }
        }
    }

    /** No gamepass: what a shop has until its configuration names its own. */
    public static GamePasses none() {
        return new GamePasses(List.of());
    }

    /** The gamepass of a type. */
    public Optional<GamePass> forType(LicenseTypeCode type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Every gamepass. */
    public List<GamePass> all() {
        return List.copyOf(byType.values());
    }
}
