package org.awpt.application.purchase;

import java.util.List;
import java.util.Optional;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * Everything a buyer may buy and how they may pay, right now.
 *
 * @param types   every license type, in display order
 * @param methods every payment method, in display order
 */
public record PurchaseCatalog(List<TypeOffer> types, List<MethodOffer> methods) {
    /** Copies the lists. */
    public PurchaseCatalog {
        types = List.copyOf(types);
        methods = List.copyOf(methods);
    }

    /** The offer of one type. */
    public Optional<TypeOffer> type(LicenseTypeCode code) {
        return types.stream().filter(offer -> offer.type().code().equals(code)).findFirst();
    }

    /** The offer of one payment method. */
    public Optional<MethodOffer> method(String code) {
        return methods.stream().filter(offer -> offer.method().code().equals(code)).findFirst();
    }
}
