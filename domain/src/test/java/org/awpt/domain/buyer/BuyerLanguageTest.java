package org.awpt.domain.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuyerLanguageTest {
    private static final BuyerLanguage CHOSE_FILIPINO = BuyerLanguage.chosen(Locale.forLanguageTag("fil"));
    private static final BuyerLanguage CLIENT_ENGLISH = BuyerLanguage.reported(Locale.forLanguageTag("en-US"));
    private static final BuyerLanguage CLIENT_JAPANESE = BuyerLanguage.reported(Locale.JAPANESE);

    @Test
    void discordsLocalesAreLanguageTags() {
        for (String tag : new String[] {"en-US", "en-GB", "es-419", "zh-TW", "ja", "fil", "fil-PH"}) {
            assertThat(new BuyerLanguage(tag, false).toLocale().toLanguageTag()).isEqualTo(tag);
        }
        assertThat(BuyerLanguage.reported(Locale.forLanguageTag("pt-BR"))).isEqualTo(new BuyerLanguage("pt-BR", false));
        assertThat(BuyerLanguage.chosen(Locale.forLanguageTag("fil"))).isEqualTo(new BuyerLanguage("fil", true));
    }

    @Test
    void anythingElseIsRefused() {
        for (String tag : new String[] {"", "e", "en_US", "unknown-", "en US", "x".repeat(9), "en-" + "a".repeat(9), "und",
            "und-PH"}) {
            assertThatThrownBy(() -> new BuyerLanguage(tag, false)).as(tag).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> BuyerLanguage.reported(Locale.ROOT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChoiceGivesWayOnlyToAnotherChoice() {
        assertThat(CHOSE_FILIPINO.givesWayTo(CLIENT_ENGLISH)).isFalse();
        assertThat(CHOSE_FILIPINO.givesWayTo(BuyerLanguage.chosen(Locale.ENGLISH))).isTrue();
        assertThat(CLIENT_ENGLISH.givesWayTo(CLIENT_JAPANESE)).isTrue();
        assertThat(CLIENT_ENGLISH.givesWayTo(CHOSE_FILIPINO)).isTrue();
        assertThat(CLIENT_ENGLISH.givesWayTo(CLIENT_ENGLISH)).isFalse();
    }

    @Test
    void theBuyersChoiceComesFirstThenWhatTheirClientReportsNowElseWhatItReportedLast() {
        assertThat(BuyerLanguage.preferences(Optional.of(CHOSE_FILIPINO), Optional.of(CLIENT_ENGLISH)))
                .containsExactly(CHOSE_FILIPINO, CLIENT_ENGLISH);
        assertThat(BuyerLanguage.preferences(Optional.of(CLIENT_JAPANESE), Optional.of(CLIENT_ENGLISH)))
                .containsExactly(CLIENT_ENGLISH);
        assertThat(BuyerLanguage.preferences(Optional.of(CLIENT_JAPANESE), Optional.empty())).containsExactly(CLIENT_JAPANESE);
        assertThat(BuyerLanguage.preferences(Optional.empty(), Optional.empty())).isEmpty();
    }
}
