package org.awpt.domain.pricing;

import java.util.Objects;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The Roblox gamepass a buyer purchases to pay for a license type in Robux.
 *
 * @param id   the gamepass id
 * @param type the license type it pays for
 * @param url  the page where buyers purchase it
 */
public record GamePass(long id, LicenseTypeCode type, String url) {
    /** Checks the id is positive and the parts present. */
    public GamePass {
        if (id <= 0) {
            throw new IllegalArgumentException("a gamepass id is positive");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
    }
}
