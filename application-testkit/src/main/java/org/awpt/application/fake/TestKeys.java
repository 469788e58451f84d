package org.awpt.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyFormat;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * Valid, distinct license key codes and keys for tests: the same number always gives the same code.
 * {@link #code} is in the original format (32 letters or digits); {@link #dashed} in {@link #DASHED_FORMAT},
 * a format of another shop.
 */
public final class TestKeys {
    /** Five groups of five upper-case letters or digits with dashes between, as many storefronts sell. */
    public static final KeyFormat DASHED_FORMAT = new KeyFormat.Expression("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}",
            "five groups of five capital letters or digits, with dashes between");
    private static final String PREFIX = "TestKey";
    private static final int ORIGINAL_LENGTH = 32;

    private TestKeys() {
    }

    /** The code numbered {@code n} (0 or more): {@code TestKey} and {@code n} zero-padded to 32 characters. */
    public static KeyCode code(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a test key number is 0 or more");
        }
        String number = Integer.toString(n);
        return new KeyCode(PREFIX + "0".repeat(ORIGINAL_LENGTH - PREFIX.length() - number.length()) + number);
    }

    /** The code numbered {@code n} (0 or more) in {@link #DASHED_FORMAT}: {@code TESTK-00000-00000-0000n-0000n}. */
    public static KeyCode dashed(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a test key number is 0 or more");
        }
        String digits = String.format("%020d", n);
        return new KeyCode("TESTK-" + digits.substring(0, 5) + "-" + digits.substring(5, 10) + "-"
                + digits.substring(10, 15) + "-" + digits.substring(15));
    }

    /** The codes numbered {@code from} to {@code from + count - 1}. */
    public static List<KeyCode> codes(int from, int count) {
        List<KeyCode> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(code(from + i));
        }
        return codes;
    }

    /** The key numbered {@code n}, in stock, of a type, created at {@code createdAt}. */
    public static LicenseKey inStock(int n, LicenseTypeCode type, Instant createdAt) {
        return LicenseKey.inStock(code(n), type, createdAt);
    }

    /** Keys numbered {@code from} to {@code from + count - 1}, in stock, created one second apart from {@code firstCreatedAt}. */
    public static List<LicenseKey> inStock(int from, int count, LicenseTypeCode type, Instant firstCreatedAt) {
        List<LicenseKey> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(inStock(from + i, type, firstCreatedAt.plusSeconds(i)));
        }
        return keys;
    }
}
