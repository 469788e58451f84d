package org.awpt.bootstrap.config;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.awpt.application.shared.RateLimit;
import org.awpt.application.shared.ShopLimits;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CooldownRule;
import org.awpt.domain.buyer.BuyerPolicy;
import org.awpt.domain.importing.ImportLimits;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyFormat;
import org.awpt.domain.license.KeyFormats;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.payment.ProofPolicy;
import org.awpt.domain.pricing.GamePass;
import org.awpt.domain.pricing.GamePasses;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.pricing.PriceList;
import org.awpt.domain.stock.StockThresholds;

/**
 * Reads the {@code shop} section into the domain's values. A missing part takes the specification's
 * default ({@link ShopSettings#defaults}); a present part replaces the default entirely. Payment
 * methods and gamepasses have no default: without them the shop offers nothing to pay with.
 */
final class ShopSettingsReader {
    static final Set<String> KEYS = Set.of("timeZone", "locale", "licenseTypes", "prices", "paymentMethods", "gamepasses",
            "stock", "blockedRobloxIds", "renewalWindow", "sessionExpiry", "proofMaxBytes", "import", "cooldowns", "limits", "keyFormats");
    private static final String TYPE_CODE = "a license type code: 1-32 of a-z, 0-9, _ or -";
    private static final String METHOD_CODE = "a payment method code: 1-32 of a-z, 0-9 or _";
    private static final String KEY_FORMAT = "a key format: { \"pattern\": a regular expression } or"
            + " { \"length\": " + KeyCode.MIN_LENGTH + "-" + KeyCode.MAX_LENGTH + ", \"alphabet\": the characters allowed },"
            + " with an optional \"description\"";
    private static final String CURRENCY = "a currency code of 3-5 upper-case letters (ROBUX, USD, PHP...)";

    private final Problems problems;

    ShopSettingsReader(Problems problems) {
        this.problems = problems;
    }

    ShopSettings read(ConfigNode shop, AccessPolicy access) {
        ShopSettings defaults = ShopSettings.defaults(access);
        shop.isObject();
        shop.warnUnknownKeys(KEYS);
        LicenseTypeCatalog types = licenseTypes(shop.child("licenseTypes"), defaults.types());
        Set<LicenseTypeCode> known = new HashSet<>(types.codes());
        PriceList prices = prices(shop.child("prices"), defaults.prices(), types);
        PaymentMethods methods = methods(shop.child("paymentMethods"), defaults.methods(), known, prices);
        GamePasses gamePasses = gamePasses(shop.child("gamepasses"), defaults.gamePasses(), known);
        StockThresholds thresholds = thresholds(shop.child("stock"));
        BuyerPolicy buyers = new BuyerPolicy(blocked(shop.child("blockedRobloxIds")),
                shop.child("renewalWindow").durationAtLeast(defaults.buyerPolicy().renewalWindow(), Duration.ZERO));
        Duration sessionExpiry = shop.child("sessionExpiry").duration(defaults.sessionExpiry());
        ProofPolicy proof = new ProofPolicy(shop.child("proofMaxBytes")
                .number(defaults.proofPolicy().maxBytes(), 1, 100L * 1024 * 1024));
        ConfigNode imports = shop.child("import");
        imports.isObject();
        imports.warnUnknownKeys(Set.of("maxBytes", "maxLines"));
        ImportLimits importLimits = new ImportLimits(
                imports.child("maxBytes").number(defaults.importLimits().maxBytes(), 1, 1024L * 1024 * 1024),
                imports.child("maxLines").integer(defaults.importLimits().maxLines(), 1, 10_000_000));
        Map<CooldownAction, CooldownRule> cooldowns = cooldowns(shop.child("cooldowns"));
        ZoneId zone = zone(shop.child("timeZone"), defaults.zone());
        checkEveryTypeIsPriced(shop.child("prices"), types, prices);
        ShopLimits limits = limits(shop.child("limits"), defaults.limits(), proof.maxBytes());
        KeyFormats keyFormats = keyFormats(shop.child("keyFormats"), known);
        return new ShopSettings(types, prices, methods, gamePasses, thresholds, buyers, proof, importLimits, access,
                sessionExpiry, cooldowns, zone, limits, keyFormats);
    }

    /**
     * {@code shop.keyFormats}: per license type, a regular expression ({@code pattern}) or a length
     * with an alphabet (letters and digits when left out); types left out keep the original format.
     */
    private static KeyFormats keyFormats(ConfigNode node, Set<LicenseTypeCode> known) {
        Map<LicenseTypeCode, KeyFormat> formats = new LinkedHashMap<>();
        node.entries().forEach((typeKey, format) -> {
            Optional<LicenseTypeCode> type = knownType(format, typeKey, known);
            if (!format.isObject()) {
                if (format.isMissing()) {
                    format.problem(KEY_FORMAT);
                }
                return;
            }
            format.warnUnknownKeys(Set.of("pattern", "length", "alphabet", "description"));
            Optional<KeyFormat> built = keyFormat(format);
            if (type.isPresent() && built.isPresent()) {
                formats.put(type.get(), built.get());
            }
        });
        return new KeyFormats(formats);
    }

    private static Optional<KeyFormat> keyFormat(ConfigNode format) {
        ConfigNode pattern = format.child("pattern");
        ConfigNode length = format.child("length");
        ConfigNode alphabet = format.child("alphabet");
        String description = format.child("description").text("");
        if (!pattern.isMissing()) {
            if (!length.isMissing() || !alphabet.isMissing()) {
                format.problem("either \"pattern\" or \"length\" (with \"alphabet\"), not both");
                return Optional.empty();
            }
            return pattern.requiredText("a regular expression a whole key must match, such as"
                    + " \"[A-Z0-9]{5}(-[A-Z0-9]{5}){4}\"").flatMap(regex -> {
                        try {
                            return Optional.of(new KeyFormat.Expression(regex, description));
                        } catch (IllegalArgumentException e) {
                            pattern.problem("a regular expression (" + e.getMessage() + ")");
                            return Optional.empty();
                        }
                    });
        }
        if (length.isMissing()) {
            format.problem(KEY_FORMAT);
            return Optional.empty();
        }
        int characters = length.integer(-1, KeyCode.MIN_LENGTH, KeyCode.MAX_LENGTH);
        String allowed = alphabet.isMissing() ? KeyFormat.LETTERS_AND_DIGITS
                : alphabet.requiredText("the characters a key may hold, such as \"ABCDEFGHJKLMNPQRSTUVWXYZ23456789-\"")
                        .orElse("");
        if (characters < 0 || allowed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new KeyFormat.Alphabet(characters, allowed, description));
        } catch (IllegalArgumentException e) {
            alphabet.problem("visible ASCII characters only, no space (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private static ShopLimits limits(ConfigNode node, ShopLimits defaults, long proofMaxBytes) {
        node.isObject();
        node.warnUnknownKeys(Set.of("robloxCallsPerBuyer", "robloxCallsPerShop", "openPaymentsPerType",
                "proofBytesPerBuyerPerDay", "keysPendingPerRequester", "keysPerRequesterPerDay"));
        // A buyer must be able to upload at least one proof of the largest size allowed.
        long proofBytes = node.child("proofBytesPerBuyerPerDay").number(
                Math.max(defaults.proofBytesPerBuyerPerDay(), proofMaxBytes), proofMaxBytes, 10L * 1024 * 1024 * 1024);
        return new ShopLimits(rateLimit(node.child("robloxCallsPerBuyer"), defaults.robloxCallsPerBuyer()),
                rateLimit(node.child("robloxCallsPerShop"), defaults.robloxCallsPerShop()),
                node.child("openPaymentsPerType").integer(defaults.openPaymentsPerType(), 1, 100), proofBytes,
                node.child("keysPendingPerRequester").integer(defaults.keysPendingPerRequester(), 1, 1_000_000),
                node.child("keysPerRequesterPerDay").integer(defaults.keysPerRequesterPerDay(), 1, 1_000_000));
    }

    /** A Roblox budget: {@code { "calls", "per" }}; one verification takes two calls. */
    private static RateLimit rateLimit(ConfigNode node, RateLimit fallback) {
        node.isObject();
        node.warnUnknownKeys(Set.of("calls", "per"));
        return new RateLimit(node.child("calls").integer(fallback.calls(), ShopLimits.ROBLOX_CALLS_PER_STEP, 1_000_000),
                node.child("per").durationAtLeast(fallback.per(), Duration.ofSeconds(1)));
    }

    private LicenseTypeCatalog licenseTypes(ConfigNode node, LicenseTypeCatalog fallback) {
        if (node.isMissing()) {
            return fallback;
        }
        List<LicenseType> types = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigNode element : node.elements()) {
            if (!element.isObject()) {
                if (element.isMissing()) {
                    element.problem("a license type { \"code\", \"displayName\", \"validityDays\" }");
                }
                continue;
            }
            element.warnUnknownKeys(Set.of("code", "displayName", "validityDays"));
            Optional<LicenseTypeCode> code = typeCode(element.child("code"));
            Optional<String> name = element.child("displayName").requiredText("a display name of 1-64 characters");
            long days = element.child("validityDays").number(-1, 1, 3650);
            if (element.child("validityDays").isMissing()) {
                element.child("validityDays").problem("the days a key stays valid, 1 to 3650");
            }
            if (name.isPresent() && name.get().length() > 64) {
                element.child("displayName").problem("a display name of 1-64 characters");
                continue;
            }
            if (code.isPresent() && !seen.add(code.get().value())) {
                element.child("code").problem("a code not used by another license type");
                continue;
            }
            if (code.isPresent() && name.isPresent() && days > 0) {
                types.add(new LicenseType(code.get(), name.get(), Duration.ofDays(days)));
            }
        }
        if (types.isEmpty()) {
            if (node.elements().isEmpty()) {
                node.problem("at least one license type");
            }
            return fallback;
        }
        return new LicenseTypeCatalog(types);
    }

    private PriceList prices(ConfigNode node, PriceList fallback, LicenseTypeCatalog types) {
        if (node.isMissing()) {
            return fallback;
        }
        Map<LicenseTypeCode, List<Money>> prices = new LinkedHashMap<>();
        node.entries().forEach((typeKey, perType) -> {
            Optional<LicenseTypeCode> type = knownType(perType, typeKey, new HashSet<>(types.codes()));
            List<Money> list = new ArrayList<>();
            perType.entries().forEach((currency, amount) -> {
                Optional<BigDecimal> value = amount.amount();
                if (!currency.matches("[A-Z]{3,5}")) {
                    amount.problem(CURRENCY);
                } else {
                    value.ifPresent(v -> list.add(new Money(v, currency)));
                }
            });
            type.ifPresent(t -> prices.put(t, list));
        });
        return new PriceList(prices);
    }

    private void checkEveryTypeIsPriced(ConfigNode node, LicenseTypeCatalog types, PriceList prices) {
        for (LicenseTypeCode type : types.codes()) {
            if (prices.pricesOf(type).isEmpty()) {
                node.child(type.value()).problem("at least one price for license type " + type.value()
                        + ", such as { \"ROBUX\": 2400, \"USD\": 6.99 }");
            }
        }
    }

    private PaymentMethods methods(ConfigNode node, PaymentMethods fallback, Set<LicenseTypeCode> known,
            PriceList prices) {
        if (node.isMissing()) {
            return fallback;
        }
        List<PaymentMethod> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigNode element : node.elements()) {
            if (!element.isObject()) {
                continue;
            }
            element.warnUnknownKeys(Set.of("code", "name", "kind", "description", "details", "icon", "links",
                    "currency"));
            Optional<String> code = element.child("code").requiredText(METHOD_CODE).filter(c -> {
                boolean ok = c.matches("[a-z0-9_]{1,32}");
                if (!ok) {
                    element.child("code").problem(METHOD_CODE);
                }
                return ok;
            });
            Optional<String> name = element.child("name").requiredText("the name buyers see");
            Optional<PaymentMethodKind> kind = element.child("kind").requiredText("robux, storefront or manual")
                    .flatMap(k -> element.child("kind").build(k.toUpperCase(Locale.ROOT), PaymentMethodKind::valueOf,
                            "robux, storefront or manual"));
            Map<LicenseTypeCode, String> links = new LinkedHashMap<>();
            element.child("links").entries().forEach((typeKey, link) -> {
                Optional<LicenseTypeCode> type = knownType(link, typeKey, known);
                if (link.isMissing()) {
                    link.problem("an http:// or https:// address");
                }
                URI url = link.url(null);
                if (type.isPresent() && url != null) {
                    links.put(type.get(), url.toString());
                }
            });
            if (kind.isPresent() && kind.get() == PaymentMethodKind.STOREFRONT) {
                // A storefront button sends the buyer to a page: each type needs one (Robux uses its gamepass's).
                known.stream().filter(type -> element.child("links").child(type.value()).isMissing())
                        .forEach(type -> element.child("links").child(type.value())
                                .problem("the page where buyers pay for " + type.value() + " (an https:// address)"));
            }
            String currency = currency(element.child("currency"), kind, known, prices);
            if (code.isPresent() && !seen.add(code.get())) {
                element.child("code").problem("a code not used by another payment method");
                continue;
            }
            if (code.isPresent() && name.isPresent() && kind.isPresent()) {
                methods.add(new PaymentMethod(code.get(), name.get(), kind.get(),
                        element.child("description").text(""), element.child("details").text(""),
                        element.child("icon").text(""), links, currency));
            }
        }
        if (node.elements().isEmpty()) {
            node.problem("at least one payment method");
        }
        return new PaymentMethods(methods);
    }

    /**
     * A manual method's currency, in which its sales are recorded at the type's price: one of the
     * currencies of {@code shop.prices}, and only on manual methods (Robux sales are in ROBUX, a storefront
     * sends what was paid).
     */
    private static String currency(ConfigNode node, Optional<PaymentMethodKind> kind, Set<LicenseTypeCode> known,
            PriceList prices) {
        if (node.isMissing()) {
            return "";
        }
        String currency = node.text("");
        if (kind.isPresent() && kind.get() != PaymentMethodKind.MANUAL) {
            node.problem("no currency: only manual methods take one (Robux sales are recorded in ROBUX, "
                    + "a storefront sends what was paid)");
            return "";
        }
        boolean priced = known.stream().anyMatch(type -> prices.priceOf(type, currency).isPresent());
        if (!currency.matches("[A-Z]{3,5}") || !priced) {
            node.problem("a currency of shop.prices (3-5 capitals, such as PHP or USD) that buyers of this method pay in");
            return "";
        }
        return currency;
    }

    private GamePasses gamePasses(ConfigNode node, GamePasses fallback, Set<LicenseTypeCode> known) {
        if (node.isMissing()) {
            return fallback;
        }
        List<GamePass> passes = new ArrayList<>();
        node.entries().forEach((typeKey, pass) -> {
            Optional<LicenseTypeCode> type = knownType(pass, typeKey, known);
            if (!pass.isObject()) {
                if (pass.isMissing()) {
                    pass.problem("{ \"id\": gamepass id, \"url\": its page }");
                }
                return;
            }
            pass.warnUnknownKeys(Set.of("id", "url"));
            long id = gamePassId(pass.child("id"));
            URI url = pass.child("url").url(null);
            if (pass.child("url").isMissing()) {
                pass.child("url").problem("the gamepass page, an https:// address");
            }
            if (type.isPresent() && id > 0 && url != null) {
                passes.add(new GamePass(id, type.get(), url.toString()));
            }
        });
        return new GamePasses(passes);
    }

    private static long gamePassId(ConfigNode id) {
        if (id.isMissing()) {
            id.problem("the gamepass id, a positive number");
            return -1;
        }
        Optional<String> text = id.snowflake();
        return text.map(Long::parseLong).orElse(-1L);
    }

    private StockThresholds thresholds(ConfigNode node) {
        StockThresholds defaults = StockThresholds.defaults();
        node.isObject();
        node.warnUnknownKeys(Set.of("criticalThreshold", "lowThreshold"));
        int critical = node.child("criticalThreshold").integer(defaults.critical(), 0, 1_000_000);
        int low = node.child("lowThreshold").integer(defaults.low(), 0, 1_000_000);
        if (low < critical) {
            node.child("lowThreshold").problem("a number at least criticalThreshold (" + critical + ")");
            return defaults;
        }
        return new StockThresholds(critical, low);
    }

    private Set<RobloxUserId> blocked(ConfigNode node) {
        if (node.isMissing()) {
            return BuyerPolicy.defaults().blockedRobloxAccounts();
        }
        Set<RobloxUserId> ids = new HashSet<>();
        for (ConfigNode element : node.elements()) {
            element.snowflake().ifPresentOrElse(id -> ids.add(new RobloxUserId(Long.parseLong(id))), () -> {
                if (element.isMissing()) {
                    element.problem("a Roblox user id: digits only");
                }
            });
        }
        return ids;
    }

    private Map<CooldownAction, CooldownRule> cooldowns(ConfigNode node) {
        Map<CooldownAction, CooldownRule> rules = new LinkedHashMap<>();
        CooldownRule defaults = CooldownRule.defaults();
        node.entries().forEach((actionKey, rule) -> {
            Optional<CooldownAction> action = rule.build(actionKey, CooldownAction::new,
                    "a cooldown action: 1-32 of a-z, 0-9 or _ (robux_verification, manual_payment, open_ticket)");
            if (!rule.isObject()) {
                return;
            }
            rule.warnUnknownKeys(Set.of("freeFailures", "base", "max"));
            int free = rule.child("freeFailures").integer(defaults.freeFailures(), 0, 1000);
            Duration base = rule.child("base").duration(defaults.base());
            Duration max = rule.child("max").duration(defaults.max());
            if (max.compareTo(base) < 0) {
                rule.child("max").problem("a duration at least base (" + base + ")");
                return;
            }
            action.ifPresent(a -> rules.put(a, new CooldownRule(free, base, max)));
        });
        return rules;
    }

    private static ZoneId zone(ConfigNode node, ZoneId fallback) {
        return node.text().flatMap(text -> node.build(text, ZoneId::of,
                "a time zone id such as \"UTC\", \"Asia/Manila\" or \"+08:00\"")).orElse(fallback);
    }

    private static Optional<LicenseTypeCode> typeCode(ConfigNode node) {
        return node.requiredText(TYPE_CODE).flatMap(text -> node.build(text, LicenseTypeCode::new, TYPE_CODE));
    }

    private static Optional<LicenseTypeCode> knownType(ConfigNode node, String key, Set<LicenseTypeCode> known) {
        Optional<LicenseTypeCode> code = node.build(key, LicenseTypeCode::new, TYPE_CODE);
        if (code.isPresent() && !known.contains(code.get())) {
            node.problem("a license type listed in shop.licenseTypes, one of "
                    + known.stream().map(LicenseTypeCode::value).sorted().toList());
            return Optional.empty();
        }
        return code;
    }
}
