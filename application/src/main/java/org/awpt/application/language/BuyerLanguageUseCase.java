package org.awpt.application.language;

import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;

/**
 * The language each buyer reads. Adapters report it with every interaction; messages sent later,
 * without one (a key delivered after an admin's approval, an expiry reminder, a refreshed ticket),
 * are written in it.
 */
public interface BuyerLanguageUseCase {

    /** Notes the language the buyer's client reported just now. */
    void remember(DiscordUserId buyer, BuyerLanguage language);

    /** The language the buyer's client last reported, if it ever did. */
    Optional<BuyerLanguage> languageOf(DiscordUserId buyer);
}
