package org.awpt.adapters.mongo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;

/**
 * The process {@link DurabilityTest} kills: opens the embedded server on a data folder, makes
 * acknowledged writes one by one, says {@code ACKED} after the last, and waits to be killed.
 */
public final class DurabilityChild {
    /** Keys inserted, one acknowledged insert each. */
    static final int KEYS = 200;
    /** Of those, claimed, one acknowledged claim each. */
    static final int CLAIMS = 60;

    private DurabilityChild() {
    }

    /** {@code args[0]}: the data folder. */
    public static void main(String[] args) throws InterruptedException {
        MongoPersistence persistence = MongoPersistence.connect(MongoSettings.embedded(Path.of(args[0])),
                LicenseTypeCatalog.defaults(), Clock.systemUTC());
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        for (int i = 0; i < KEYS; i++) {
            persistence.licenseKeys().insertAll(List.of(LicenseKey.inStock(code(i), LicenseType.weekly().code(), now)));
        }
        for (int i = 0; i < CLAIMS; i++) {
            persistence.licenseKeys().claim(new ClaimOrder(new OrderId("crash-" + i), LicenseType.weekly(),
                    new DiscordUserId(1_000 + i), null, null), now).orElseThrow();
        }
        System.out.println("ACKED");
        System.out.flush();
        Thread.sleep(60_000);
    }

    static KeyCode code(int n) {
        return new KeyCode(String.format("Durable%025d", n));
    }
}
