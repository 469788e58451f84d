package org.awpt.adapters.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.pricing.GamePass;
import org.awpt.domain.pricing.GamePasses;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.pricing.PriceList;

/**
 * The example shop grown to four license types (weekly, monthly, quarterly, yearly), each sold by all
 * six of its payment methods: 24 choices, more than the 20 buttons a ticket's message has room for.
 */
public final class FourTypeShop {
    /** The quarterly type. */
    public static final LicenseTypeCode QUARTERLY = new LicenseTypeCode("quarterly");
    /** The yearly type. */
    public static final LicenseTypeCode YEARLY = new LicenseTypeCode("yearly");
    /** The four types, in display order. */
    public static final List<LicenseTypeCode> TYPES = List.of(LicenseTypeCode.WEEKLY, LicenseTypeCode.MONTHLY,
            QUARTERLY, YEARLY);

    private FourTypeShop() {
    }

    /** These settings (their access policy kept) with the four types, their prices, pages and gamepasses. */
    public static ShopSettings of(ShopSettings base) {
        LicenseTypeCatalog types = new LicenseTypeCatalog(List.of(LicenseType.weekly(), LicenseType.monthly(),
                new LicenseType(QUARTERLY, "Quarterly", Duration.ofDays(90)),
                new LicenseType(YEARLY, "Yearly", Duration.ofDays(365))));
        Map<LicenseTypeCode, List<Money>> prices = new LinkedHashMap<>();
        int step = 1;
        for (LicenseTypeCode type : TYPES) {
            prices.put(type, List.of(new Money(java.math.BigDecimal.valueOf(2400L * step), Money.ROBUX),
                    new Money(java.math.BigDecimal.valueOf(7L * step), "USD"),
                    new Money(java.math.BigDecimal.valueOf(420L * step), "PHP")));
            step++;
        }
        List<PaymentMethod> methods = new ArrayList<>();
        for (PaymentMethod method : ExampleShop.methods().all()) {
            Map<LicenseTypeCode, String> links = new LinkedHashMap<>();
            if (method.kind() != PaymentMethodKind.MANUAL) {
                TYPES.forEach(type -> links.put(type, "https://shop.example/" + method.code() + "/" + type.value()));
            }
            methods.add(new PaymentMethod(method.code(), method.displayName(), method.kind(), method.description(),
                    method.details(), method.icon(), links, method.currency()));
        }
        List<GamePass> passes = new ArrayList<>();
        for (int i = 0; i < TYPES.size(); i++) {
            passes.add(new GamePass(1_000_000_001L + i, TYPES.get(i), "https://www.roblox.com/game-pass/"
                    + (1_000_000_001L + i) + "/" + TYPES.get(i).value()));
        }
        return new ShopSettings(types, new PriceList(prices), new PaymentMethods(methods), new GamePasses(passes),
                base.thresholds(), base.buyerPolicy(), base.proofPolicy(), base.importLimits(), base.access(),
                base.sessionExpiry(), base.cooldowns(), base.zone(), base.limits(), base.keyFormats());
    }
}
