package org.awpt.adapters.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC of a webhook's raw body with a storefront's shared secret, sent as hex in a header.
 * Compared in constant time on the raw MAC bytes, so the time taken says nothing about how much of
 * a forged signature was right.
 */
public final class HmacSignature {
    private final String algorithm;
    private final SecretKeySpec key;

    /**
     * A signature scheme.
     *
     * @param algorithm a JDK MAC algorithm, {@code HmacSHA256} or {@code HmacSHA512}
     * @param secret    the shared secret, as the storefront shows it
     */
    public HmacSignature(String algorithm, String secret) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret is not empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm);
    }

    /** The signature of these bytes, lower-case hex. */
    public String sign(byte[] body) {
        return HexFormat.of().formatHex(mac(body));
    }

    /** Whether {@code hexSignature} (either case; {@code null} or malformed is wrong) signs {@code body}. */
    public boolean verifies(byte[] body, String hexSignature) {
        if (hexSignature == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hexSignature.strip());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(body), given);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available on this Java platform", e);
        }
    }
}
