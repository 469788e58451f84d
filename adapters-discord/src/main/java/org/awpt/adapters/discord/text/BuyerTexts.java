package org.awpt.adapters.discord.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundle a buyer reads in what is sent to them without their interaction (a key delivered after an
 * admin's approval, an expiry reminder, their ticket's embed): the language kept for them (the one they
 * chose, else their Discord client's last reported) when the bot speaks it, else the shop's.
 */
public final class BuyerTexts {
    private static final Logger LOG = LoggerFactory.getLogger(BuyerTexts.class);

    private final Messages shop;
    private final Function<DiscordUserId, Optional<BuyerLanguage>> kept;

    /**
     * Texts in the shop's language {@code shop}, and in each buyer's language {@code kept} (the
     * application's {@code BuyerLanguageUseCase#languageOf}).
     */
    public BuyerTexts(Messages shop, Function<DiscordUserId, Optional<BuyerLanguage>> kept) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.kept = Objects.requireNonNull(kept, "kept");
    }

    /** Every buyer reads {@code bundle}. */
    public static BuyerTexts only(Messages bundle) {
        return new BuyerTexts(bundle, buyer -> Optional.empty());
    }

    /** The shop's bundle. */
    public Messages shop() {
        return shop;
    }

    /** The bundle of this buyer. */
    public Messages of(DiscordUserId buyer) {
        Locale language = Languages.reading(BuyerLanguage.preferences(known(buyer), Optional.empty()), shop.locale());
        return language.equals(shop.locale()) ? shop : Messages.forLocale(language);
    }

    /** The buyer's known language; a store that fails costs the words, never the message. */
    private Optional<BuyerLanguage> known(DiscordUserId buyer) {
        if (buyer == null) {
            return Optional.empty();
        }
        try {
            return kept.apply(buyer);
        } catch (RuntimeException e) {
            LOG.warn("could not read the language of {}; writing in the shop's", buyer, e);
            return Optional.empty();
        }
    }
}
