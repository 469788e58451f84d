package org.awpt.application.language;

import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;

/**
 * The language each buyer reads: the one they chose in the shop, else the one their Discord client
 * reports. Adapters report the client's with every interaction; messages sent later, without one (a
 * key delivered after an admin's approval, an expiry reminder, a refreshed ticket), are written in
 * the kept one ({@link BuyerLanguage#preferences}).
 */
public interface BuyerLanguageUseCase {

    /** Notes the language the buyer's client reported just now; a language the buyer chose stays. */
    void remember(DiscordUserId buyer, BuyerLanguage reported);

    /** Keeps the language the buyer chose, in place of any other. */
    void choose(DiscordUserId buyer, BuyerLanguage chosen);

    /** The language kept for the buyer (chosen, else last reported), if any. */
    Optional<BuyerLanguage> languageOf(DiscordUserId buyer);
}
