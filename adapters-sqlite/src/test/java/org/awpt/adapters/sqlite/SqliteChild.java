package org.awpt.adapters.sqlite;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;

/**
 * A second process on the store, for the tests that kill it or run it beside this one. It prints
 * {@code ACK ...} only after a write returned, so every line the parent reads is an acknowledged write.
 *
 * <ul>
 *   <li>{@code import DATA FROM COUNT BATCH}: imports weekly keys {@code FROM..FROM+COUNT-1} in batches,
 *       {@code ACK FIRST LAST} per batch; a refused batch prints {@code REFUSED message} and exits 3.
 *   <li>{@code claim DATA THREADS}: claims weekly keys from that many threads until none is left,
 *       {@code ACK ORDER CODE} per claim.
 * </ul>
 * Ends with {@code DONE}.
 */
public final class SqliteChild {
    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final PrintStream OUT = System.out;

    private SqliteChild() {
    }

    /** Runs a mode; see the class comment. */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        try (SqlitePersistence persistence = SqlitePersistence.openExisting(SqliteSettings.defaults(data),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            if (args[0].equals("import")) {
                importKeys(persistence.licenseKeys(), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        Integer.parseInt(args[4]));
            } else {
                claim(persistence.licenseKeys(), Integer.parseInt(args[2]));
            }
        } catch (SqliteStoreException refused) {
            say("REFUSED " + refused.getMessage());
            System.exit(3);
        }
        say("DONE");
    }

    private static void importKeys(LicenseKeyRepository keys, int from, int count, int batch) {
        for (int first = from; first < from + count; first += batch) {
            int size = Math.min(batch, from + count - first);
            List<LicenseKey> keysOfBatch = new ArrayList<>(size);
            for (int n = first; n < first + size; n++) {
                keysOfBatch.add(LicenseKey.inStock(code(n), LicenseType.weekly().code(), T0));
            }
            keys.insertAll(keysOfBatch);
            say("ACK " + first + " " + (first + size - 1));
        }
    }

    private static void claim(LicenseKeyRepository keys, int threadCount) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(threadCount);
        AtomicInteger orders = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            DiscordUserId buyer = new DiscordUserId(5_000L + t);
            running.add(threads.submit(() -> {
                while (true) {
                    String order = "child-" + orders.getAndIncrement();
                    Optional<LicenseKey> key = keys.claim(new ClaimOrder(new OrderId(order), LicenseType.weekly(),
                            buyer, null, null), T0.plusSeconds(60));
                    if (key.isEmpty()) {
                        return null;
                    }
                    say("ACK " + order + " " + key.get().code().value());
                }
            }));
        }
        for (Future<?> thread : running) {
            thread.get(600, TimeUnit.SECONDS);
        }
        threads.shutdown();
    }

    /** The code of the n-th key the child imports. */
    static KeyCode code(int n) {
        return new KeyCode(String.format("Child%027d", n));
    }

    private static void say(String line) {
        synchronized (OUT) {
            OUT.println(line);
            OUT.flush();
        }
    }
}
