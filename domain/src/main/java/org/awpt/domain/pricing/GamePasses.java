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

    /** The specification's gamepasses: weekly 1022970504, monthly 1030833419. */
    public static GamePasses defaults() {
        return new GamePasses(List.of(
                new GamePass(1022970504L, LicenseTypeCode.WEEKLY,
                        "https://www.roblox.com/game-pass/1022970504/Donation-Awp-Party"),
                new GamePass(1030833419L, LicenseTypeCode.MONTHLY,
                        "https://www.roblox.com/game-pass/1030833419/BIG-DONATION-AWP-MONTH")));
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
