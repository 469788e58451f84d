package org.awpt.application.language;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;

/**
 * Keeps each buyer's language in the store, writing only when it changes (a chosen one gives way only
 * to another choice, {@link BuyerLanguage#givesWayTo}): every interaction reports
 * it, and a write per interaction would cost a database commit for nothing. Known languages are kept
 * in memory too (one short entry per buyer seen since the start); a shop given no store (an embedding
 * program without Discord) keeps them only there, until it stops.
 */
public final class BuyerLanguageService implements BuyerLanguageUseCase {
    private final Optional<BuyerLanguageStore> store;
    private final Map<DiscordUserId, BuyerLanguage> known = new ConcurrentHashMap<>();

    /** Languages kept in this store, or in memory only when there is none. */
    public BuyerLanguageService(Optional<BuyerLanguageStore> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void remember(DiscordUserId buyer, BuyerLanguage reported) {
        if (reported.chosen()) {
            throw new IllegalArgumentException("a client reports a language, the buyer chooses one: " + reported);
        }
        keep(buyer, reported);
    }

    @Override
    public void choose(DiscordUserId buyer, BuyerLanguage chosen) {
        if (!chosen.chosen()) {
            throw new IllegalArgumentException("not a language the buyer chose: " + chosen);
        }
        keep(buyer, chosen);
    }

    private void keep(DiscordUserId buyer, BuyerLanguage language) {
        Objects.requireNonNull(buyer, "buyer");
        Optional<BuyerLanguage> kept = languageOf(buyer);
        if (kept.isPresent() && !kept.get().givesWayTo(language)) {
            return;
        }
        store.ifPresent(languages -> languages.save(buyer, language));
        known.put(buyer, language);
    }

    @Override
    public Optional<BuyerLanguage> languageOf(DiscordUserId buyer) {
        BuyerLanguage cached = known.get(buyer);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<BuyerLanguage> stored = store.flatMap(languages -> languages.find(buyer));
        stored.ifPresent(language -> known.put(buyer, language));
        return stored;
    }
}
