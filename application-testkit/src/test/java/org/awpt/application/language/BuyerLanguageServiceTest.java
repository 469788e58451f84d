package org.awpt.application.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.awpt.application.fake.InMemoryBuyerLanguageStore;
import org.awpt.application.testkit.InMemoryShop;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;
import org.junit.jupiter.api.Test;

class BuyerLanguageServiceTest {
    private static final DiscordUserId BUYER = new DiscordUserId(4242L);
    private static final BuyerLanguage ENGLISH = new BuyerLanguage("en-US", false);
    private static final BuyerLanguage JAPANESE = new BuyerLanguage("ja", false);
    private static final BuyerLanguage CHOSE_FILIPINO = new BuyerLanguage("fil", true);

    private final InMemoryBuyerLanguageStore store = new InMemoryBuyerLanguageStore();
    private final BuyerLanguageService languages = new BuyerLanguageService(Optional.of(store));

    @Test
    void aBuyerNeverSeenHasNoLanguage() {
        assertThat(languages.languageOf(BUYER)).isEmpty();
    }

    @Test
    void theLanguageIsWrittenOnlyWhenItChanges() {
        for (int i = 0; i < 5; i++) {
            languages.remember(BUYER, ENGLISH);
        }
        assertThat(store.saves()).isOne();

        languages.remember(BUYER, JAPANESE);
        languages.remember(BUYER, JAPANESE);

        assertThat(store.saves()).isEqualTo(2);
        assertThat(languages.languageOf(BUYER)).contains(JAPANESE);
        assertThat(store.find(BUYER)).contains(JAPANESE);
    }

    @Test
    void aRestartedShopStillKnowsTheLanguageAndDoesNotWriteItAgain() {
        store.save(BUYER, JAPANESE);
        BuyerLanguageService restarted = new BuyerLanguageService(Optional.of(store));

        assertThat(restarted.languageOf(BUYER)).contains(JAPANESE);
        restarted.remember(BUYER, JAPANESE);

        assertThat(store.saves()).isOne();
    }

    @Test
    void withoutAStoreLanguagesAreKeptInMemory() {
        BuyerLanguageService memoryOnly = new BuyerLanguageService(Optional.empty());
        memoryOnly.remember(BUYER, JAPANESE);

        assertThat(memoryOnly.languageOf(BUYER)).contains(JAPANESE);
    }

    @Test
    void theShopHandsOutTheUseCaseOverItsStore() {
        InMemoryShop shop = InMemoryShop.create();
        shop.shop().buyerLanguages().remember(BUYER, ENGLISH);

        assertThat(shop.restarted(b -> b).shop().buyerLanguages().languageOf(BUYER)).contains(ENGLISH);
        assertThat(shop.buyerLanguages().find(BUYER)).contains(ENGLISH);
    }

    @Test
    void aChosenLanguageStaysWhateverTheClientReportsUntilTheBuyerChoosesAgain() {
        languages.remember(BUYER, ENGLISH);
        languages.choose(BUYER, CHOSE_FILIPINO);
        languages.remember(BUYER, JAPANESE);

        assertThat(languages.languageOf(BUYER)).contains(CHOSE_FILIPINO);
        assertThat(new BuyerLanguageService(Optional.of(store)).languageOf(BUYER)).contains(CHOSE_FILIPINO);
        languages.choose(BUYER, new BuyerLanguage("en", true));
        assertThat(languages.languageOf(BUYER)).contains(new BuyerLanguage("en", true));
        assertThat(store.saves()).isEqualTo(3);
    }

    @Test
    void aReportedLanguageIsNotAChoiceNorAChoiceAReport() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> languages.choose(BUYER, ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> languages.remember(BUYER, CHOSE_FILIPINO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
