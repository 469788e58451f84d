package org.awpt.application.purchase;

import java.util.List;
import java.util.Optional;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * Everything a buyer may buy and how they may pay, right now.
 *
 * @param types   every license type, in display order
 * @param methods the payment methods buyers can pay with (configured for at least one type), in display order
 * @param missing the settings the configuration lacks before every method is offered for every type
 */
public record PurchaseCatalog(List<TypeOffer> types, List<MethodOffer> methods, List<MissingSetting> missing) {
    /** Copies the lists. */
    public PurchaseCatalog {
        types = List.copyOf(types);
        methods = List.copyOf(methods);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** Whether buyers can pay for nothing: no method is configured for any type. */
    public boolean takesNoPayment() {
        return methods.isEmpty();
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
