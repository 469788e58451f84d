package org.awpt.application.inventory;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;

/**
 * One key as an admin's export shows it, with its full code. Absent facts are {@code null}.
 *
 * @param code        the full code
 * @param type        its license type
 * @param status      its status
 * @param holder      the Discord user holding it
 * @param roblox      the holder's Roblox account
 * @param requestedBy the support member who requested it
 * @param approvedBy  the admin who approved the request
 * @param createdAt   when it entered the inventory
 * @param usedAt      when it was delivered
 * @param expiresAt   when the license ends
 * @param orderId     the order it was delivered for
 */
public record KeyExportRow(String code, LicenseTypeCode type, KeyStatus status, DiscordUserId holder,
        RobloxUserId roblox, DiscordUserId requestedBy, DiscordUserId approvedBy, Instant createdAt,
        Instant usedAt, Instant expiresAt, OrderId orderId) {
    /** Checks the code is a key and the type, status and creation time are present. */
    public KeyExportRow {
        if (!KeyCode.isValid(code)) {
            throw new IllegalArgumentException("an export row holds a whole key code");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The row of a key. */
    public static KeyExportRow of(LicenseKey key) {
        return new KeyExportRow(key.code().value(), key.type(), key.status(), key.holder(), key.robloxUser(),
                key.requestedBy(), key.approvedBy(), key.createdAt(), key.usedAt(), key.expiresAt(), key.orderId());
    }

    /** Masks the code, so a row that ends up in a log never shows the whole key. */
    @Override
    public String toString() {
        return "KeyExportRow[" + new KeyCode(code).masked() + ", " + type + ", " + status.wireName() + "]";
    }
}
