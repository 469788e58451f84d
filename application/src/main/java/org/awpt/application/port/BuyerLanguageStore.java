package org.awpt.application.port;

import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;

/**
 * The language each buyer's Discord client last reported, one per buyer; the last write wins (it
 * chooses the words of a message, it guards no money).
 */
public interface BuyerLanguageStore {

    /** The buyer's language, if one was stored. */
    Optional<BuyerLanguage> find(DiscordUserId buyer);

    /** Stores the buyer's language, replacing the one stored before. */
    void save(DiscordUserId buyer, BuyerLanguage language);
}
