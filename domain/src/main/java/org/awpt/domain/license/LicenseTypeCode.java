package org.awpt.domain.license;

import java.util.regex.Pattern;

/**
 * The short code of a license type, as stored with each key ({@code weekly}, {@code monthly}).
 *
 * @param value lower-case letters, digits, {@code _} or {@code -}, 1 to 32 characters
 */
public record LicenseTypeCode(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9_-]{1,32}");

    /** The default weekly type's code. */
    public static final LicenseTypeCode WEEKLY = new LicenseTypeCode("weekly");
    /** The default monthly type's code. */
    public static final LicenseTypeCode MONTHLY = new LicenseTypeCode("monthly");

    /** Checks the form. */
    public LicenseTypeCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a license type code is 1-32 of [a-z0-9_-]: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
