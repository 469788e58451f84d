package org.awpt.application.fake;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;

/** Buyers' languages in memory; thread-safe, the last write wins. Counts its writes. */
public final class InMemoryBuyerLanguageStore implements BuyerLanguageStore {
    private final Map<DiscordUserId, BuyerLanguage> languages = new ConcurrentHashMap<>();
    private final AtomicInteger saves = new AtomicInteger();

    @Override
    public Optional<BuyerLanguage> find(DiscordUserId buyer) {
        return Optional.ofNullable(languages.get(Objects.requireNonNull(buyer, "buyer")));
    }

    @Override
    public void save(DiscordUserId buyer, BuyerLanguage language) {
        languages.put(Objects.requireNonNull(buyer, "buyer"), Objects.requireNonNull(language, "language"));
        saves.incrementAndGet();
    }

    /** How many times {@link #save} was called. */
    public int saves() {
        return saves.get();
    }
}
