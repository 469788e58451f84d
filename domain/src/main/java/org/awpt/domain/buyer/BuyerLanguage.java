package org.awpt.domain.buyer;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The language a buyer's Discord client reported, as a language tag such as {@code en-US} or
 * {@code ja}: what the shop writes to them in when it has that language, also when they are not
 * there to ask (a key delivered after an admin's approval, an expiry reminder).
 *
 * @param tag the language tag (BCP 47: a 2-8 letter language, then subtags of 1-8 letters or digits)
 */
public record BuyerLanguage(String tag) {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");

    /** Checks the tag. */
    public BuyerLanguage {
        Objects.requireNonNull(tag, "tag");
        if (!TAG.matcher(tag).matches() || tag.regionMatches(true, 0, "und", 0, 3) && (tag.length() == 3 || tag.charAt(3) == '-')) {
            // "und" is BCP 47's "undetermined": no language at all.
            throw new IllegalArgumentException("not a language tag: " + tag);
        }
    }

    /** The language of a locale (its tag, such as {@code en-US}). */
    public static BuyerLanguage of(Locale locale) {
        return new BuyerLanguage(locale.toLanguageTag());
    }

    /** The tag as a locale. */
    public Locale toLocale() {
        return Locale.forLanguageTag(tag);
    }
}
