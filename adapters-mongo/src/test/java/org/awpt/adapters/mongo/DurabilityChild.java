package org.awpt.adapters.mongo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;

/**
 * The process {@link DurabilityTest} kills: opens the embedded server on a data folder, makes
 * acknowledged inserts one by one and then claims from several threads at once (whose commits the
 * embedded file shares), says {@code ACKED} after the last, and waits to be killed.
 */
public final class DurabilityChild {
    /** Keys inserted, one acknowledged insert each. */
    static final int KEYS = 200;
    /** Of those, claimed, one acknowledged claim each. */
    static final int CLAIMS = 60;
    /** Threads claiming at once. */
    private static final int CLAIMERS = 6;

    private DurabilityChild() {
    }

    /** {@code args[0]}: the data folder. */
    public static void main(String[] args) throws Exception {
        MongoPersistence persistence = MongoPersistence.connect(MongoSettings.embedded(Path.of(args[0])),
                LicenseTypeCatalog.defaults(), Clock.systemUTC());
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        for (int i = 0; i < KEYS; i++) {
            persistence.licenseKeys().insertAll(List.of(LicenseKey.inStock(code(i), LicenseType.weekly().code(), now)));
        }
        ExecutorService claimers = Executors.newFixedThreadPool(CLAIMERS);
        List<Future<?>> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            int n = i;
            claims.add(claimers.submit(() -> persistence.licenseKeys().claim(new ClaimOrder(new OrderId("crash-" + n),
                    LicenseType.weekly(), new DiscordUserId(1_000 + n), null, null), now).orElseThrow()));
        }
        for (Future<?> claim : claims) {
            claim.get();
        }
        claimers.shutdown();
        System.out.println("ACKED");
        System.out.flush();
        Thread.sleep(60_000);
    }

    static KeyCode code(int n) {
        return new KeyCode(String.format("Durable%025d", n));
    }
}
