package org.awpt.adapters.discord.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theShippedLanguagesAreTheBundleFiles() throws IOException {
        // A messages_<tag>.properties not listed would never be chosen; a listed tag without a file would be English.
        List<String> files = BundleParityTest.languages();
        assertThat(Languages.SHIPPED.get(0)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.SHIPPED.subList(1, Languages.SHIPPED.size())).extracting(Locale::toLanguageTag)
                .containsExactlyInAnyOrderElementsOf(files.stream().map(f -> f.replace('_', '-')).toList());
        for (Locale language : Languages.SHIPPED) {
            assertThat(Messages.forLocale(language).locale()).as(language.toLanguageTag()).isEqualTo(language);
        }
    }

    @Test
    void aLocaleIsSpokenWhenABundleIsInItsLanguageWhateverTheRegion() {
        assertThat(Languages.of(Locale.forLanguageTag("en-GB"))).contains(Locale.ENGLISH);
        assertThat(Languages.of("en-US")).contains(Locale.ENGLISH);
        assertThat(Languages.of("fil")).contains(Languages.FILIPINO);
        assertThat(Languages.of("fil-PH")).contains(Languages.FILIPINO);
        assertThat(Languages.of("tl")).as("Tagalog's ISO 639-1 code").contains(Languages.FILIPINO);
        assertThat(Languages.of("de")).isEmpty();
        assertThat(Languages.of(" ")).isEmpty();
        assertThat(Languages.of((Locale) null)).isEmpty();
    }

    @Test
    void aLanguageWithoutBundleReadsEnglishAndTheServersOwnLocaleDoesNotMatter() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Languages.FILIPINO);
            assertThat(Messages.forLocale(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
            assertThat(Messages.forLocale(Locale.ENGLISH).get("panel.button.buy")).isEqualTo("Buy a license");
            assertThat(Messages.forLocale(Locale.forLanguageTag("tl")).get("panel.button.buy")).isEqualTo("Bumili ng license");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theConfigurationNamesEachLanguageWithItsTag() {
        assertThat(Languages.described()).isEqualTo("en (English), fil (Filipino)");
    }
}
