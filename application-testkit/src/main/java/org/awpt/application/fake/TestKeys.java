package org.awpt.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;

/** Valid, distinct license key codes and keys for tests: the same number always gives the same code. */
public final class TestKeys {
    private static final String PREFIX = "TestKey";

    private TestKeys() {
    }

    /** The code numbered {@code n} (0 or more): {@code TestKey} and {@code n} zero-padded to 32 characters. */
    public static KeyCode code(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a test key number is 0 or more");
        }
        String number = Integer.toString(n);
        return new KeyCode(PREFIX + "0".repeat(KeyCode.LENGTH - PREFIX.length() - number.length()) + number);
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
