package org.awpt.adapters.discord.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awpt.domain.buyer.BuyerLanguage;

/**
 * The languages the bot speaks, one message bundle each: English is the base bundle
 * ({@code messages.properties}), every other one is {@code messages_<tag>.properties} and is listed in
 * {@link #SHIPPED} (a test checks the list against the files).
 */
public final class Languages {
    /** English, the base bundle every translation follows. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Filipino (the original shop sells in PHP through GCash). */
    public static final Locale FILIPINO = Locale.forLanguageTag("fil");
    /** Every bundle shipped, English first. */
    public static final List<Locale> SHIPPED = List.of(ENGLISH, FILIPINO);
    // ISO 639-1 names Tagalog "tl", the language Filipino is based on; systems without "fil" use it for both.
    private static final Map<String, String> ALIASES = Map.of("tl", "fil");

    private Languages() {
    }

    /**
     * The shipped language a locale is written in, whatever its region ({@code en-GB} and {@code en-US}
     * are English); empty when no bundle speaks it.
     */
    public static Optional<Locale> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        String language = ALIASES.getOrDefault(locale.getLanguage(), locale.getLanguage());
        return SHIPPED.stream().filter(shipped -> shipped.getLanguage().equals(language)).findFirst();
    }

    /** The shipped language a tag such as {@code en}, {@code fil} or {@code en-US} names, if any. */
    public static Optional<Locale> of(String tag) {
        return tag == null || tag.isBlank() ? Optional.empty() : of(Locale.forLanguageTag(tag.strip()));
    }

    /**
     * The language a buyer reads: the first of their languages, best first
     * ({@link BuyerLanguage#preferences}), that a bundle speaks, else the shop's.
     *
     * @param preferences the buyer's languages, best first
     * @param shop        the shop's language
     */
    public static Locale reading(List<BuyerLanguage> preferences, Locale shop) {
        return preferences.stream().map(language -> of(language.toLocale())).flatMap(Optional::stream).findFirst()
                .orElse(shop);
    }

    /** A language's name in itself, capitalized as a label: "English", "Filipino". */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The shipped languages as a configuration names them: {@code en (English), fil (Filipino)}. */
    public static String described() {
        return SHIPPED.stream().map(l -> l.toLanguageTag() + " (" + l.getDisplayLanguage(Locale.ENGLISH) + ")")
                .collect(Collectors.joining(", "));
    }
}
