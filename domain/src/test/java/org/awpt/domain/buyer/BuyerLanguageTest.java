package org.awpt.domain.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BuyerLanguageTest {

    @Test
    void discordsLocalesAreLanguageTags() {
        for (String tag : new String[] {"en-US", "en-GB", "es-419", "zh-TW", "ja", "fil", "fil-PH"}) {
            assertThat(new BuyerLanguage(tag).toLocale().toLanguageTag()).isEqualTo(tag);
        }
        assertThat(BuyerLanguage.of(Locale.forLanguageTag("pt-BR"))).isEqualTo(new BuyerLanguage("pt-BR"));
    }

    @Test
    void anythingElseIsRefused() {
        for (String tag : new String[] {"", "e", "en_US", "unknown-", "en US", "x".repeat(9), "en-" + "a".repeat(9)}) {
            assertThatThrownBy(() -> new BuyerLanguage(tag)).as(tag).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> BuyerLanguage.of(Locale.ROOT)).isInstanceOf(IllegalArgumentException.class);
    }
}
