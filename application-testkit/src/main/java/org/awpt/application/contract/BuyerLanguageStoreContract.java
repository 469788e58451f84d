package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BuyerLanguageStore} does: the fake and every real adapter extend this suite. */
public abstract class BuyerLanguageStoreContract {
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static final DiscordUserId OTHER_BUYER = new DiscordUserId(222_222_222_222L);

    /** The store under test, new and empty for each test. */
    protected BuyerLanguageStore store;

    /** A new, empty store. */
    protected abstract BuyerLanguageStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void aBuyerNeverSeenHasNoLanguage() {
        assertThat(store.find(BUYER)).isEmpty();
    }

    @Test
    void aSavedLanguageIsFoundAsItWas() {
        store.save(BUYER, new BuyerLanguage("es-419", false));

        assertThat(store.find(BUYER)).contains(new BuyerLanguage("es-419", false));
    }

    @Test
    void savingAgainReplacesTheBuyersLanguage() {
        store.save(BUYER, new BuyerLanguage("en-US", false));
        store.save(BUYER, new BuyerLanguage("fil", false));

        assertThat(store.find(BUYER)).contains(new BuyerLanguage("fil", false));
    }

    @Test
    void languagesAreKeptApartPerBuyer() {
        store.save(BUYER, new BuyerLanguage("ja", false));
        store.save(OTHER_BUYER, new BuyerLanguage("pt-BR", false));

        assertThat(store.find(BUYER)).contains(new BuyerLanguage("ja", false));
        assertThat(store.find(OTHER_BUYER)).contains(new BuyerLanguage("pt-BR", false));
    }

    @Test
    void aChosenLanguageIsFoundAsChosen() {
        store.save(BUYER, new BuyerLanguage("en-US", false));
        store.save(BUYER, new BuyerLanguage("fil", true));

        assertThat(store.find(BUYER)).contains(new BuyerLanguage("fil", true));
    }
}
