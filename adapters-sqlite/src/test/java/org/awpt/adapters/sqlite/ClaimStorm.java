package org.awpt.adapters.sqlite;

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
import org.awpt.domain.license.OrderId;

/** Threads claiming weekly keys at once, each order once, until a budget of claims is spent or the stock is empty. */
final class ClaimStorm implements AutoCloseable {
    /** A claim that returned a key: the order and the key's code. */
    record Claimed(String order, KeyCode code) {
    }

    private final ExecutorService threads;
    private final List<Future<List<Claimed>>> running = new ArrayList<>();

    private ClaimStorm(int threadCount) {
        this.threads = Executors.newFixedThreadPool(threadCount);
    }

    /** Starts {@code threadCount} threads claiming until {@code budget} claims were made or none is left. */
    static ClaimStorm start(LicenseKeyRepository keys, int threadCount, int budget, String orderPrefix, Instant at) {
        ClaimStorm storm = new ClaimStorm(threadCount);
        AtomicInteger orders = new AtomicInteger();
        for (int t = 0; t < threadCount; t++) {
            DiscordUserId buyer = new DiscordUserId(1_000L + t);
            storm.running.add(storm.threads.submit(() -> {
                List<Claimed> mine = new ArrayList<>();
                for (int n = orders.getAndIncrement(); n < budget; n = orders.getAndIncrement()) {
                    String order = orderPrefix + n;
                    Optional<LicenseKey> key = keys.claim(new ClaimOrder(new OrderId(order), LicenseType.weekly(),
                            buyer, null, null), at);
                    if (key.isEmpty()) {
                        break;
                    }
                    mine.add(new Claimed(order, key.get().code()));
                }
                return mine;
            }));
        }
        return storm;
    }

    /** Every claim made, once all threads ended (generous timeout: the machine is shared). */
    List<Claimed> await() throws Exception {
        List<Claimed> all = new ArrayList<>();
        for (Future<List<Claimed>> thread : running) {
            all.addAll(thread.get(180, TimeUnit.SECONDS));
        }
        return all;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
