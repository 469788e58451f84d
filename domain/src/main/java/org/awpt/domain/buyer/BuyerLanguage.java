package org.awpt.domain.buyer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language a buyer reads, as a language tag such as {@code en-US} or {@code fil}: either the one they
 * chose in the shop, or the one their Discord client reported. What the shop writes to them in when it
 * speaks it, also when they are not there to ask (a key delivered after an admin's approval, an expiry
 * reminder).
 *
 * @param tag    the language tag (BCP 47: a 2-8 letter language, then subtags of 1-8 letters or digits)
 * @param chosen whether the buyer chose it, rather than their client reporting it
 */
public record BuyerLanguage(String tag, boolean chosen) {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");

    /** Checks the tag. */
    public BuyerLanguage {
        Objects.requireNonNull(tag, "tag");
        if (!TAG.matcher(tag).matches() || tag.regionMatches(true, 0, "und", 0, 3) && (tag.length() == 3 || tag.charAt(3) == '-')) {
            // "und" is BCP 47's "undetermined": no language at all.
            throw new IllegalArgumentException("not a language tag: " + tag);
        }
    }

    /** The language a buyer's client reports (its tag, such as {@code en-US}). */
    public static BuyerLanguage reported(Locale locale) {
        return new BuyerLanguage(locale.toLanguageTag(), false);
    }

    /** The language a buyer chose in the shop. */
    public static BuyerLanguage chosen(Locale locale) {
        return new BuyerLanguage(locale.toLanguageTag(), true);
    }

    /** The tag as a locale. */
    public Locale toLocale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * Whether {@code next} takes this language's place: a language the buyer chose gives way only to
     * another choice, never to what their client reports.
     */
    public boolean givesWayTo(BuyerLanguage next) {
        return !equals(next) && (!chosen || next.chosen());
    }

    /**
     * The languages a buyer reads, best first: the one they chose, then the one their client reports now,
     * or, with no client to ask (a message sent later), the one it reported last. The shop writes in the
     * first it speaks, else in its own.
     *
     * @param kept       the buyer's language the shop kept, if any
     * @param reportedNow what their client reports in the interaction being answered, if any
     */
    public static List<BuyerLanguage> preferences(Optional<BuyerLanguage> kept, Optional<BuyerLanguage> reportedNow) {
        List<BuyerLanguage> order = new ArrayList<>(3);
        kept.filter(BuyerLanguage::chosen).ifPresent(order::add);
        reportedNow.ifPresent(order::add);
        kept.filter(language -> !language.chosen() && reportedNow.isEmpty()).ifPresent(order::add);
        return List.copyOf(order);
    }
}
