package org.awpt.adapters.discord.buyer;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.purchase.MethodOffer;
import org.awpt.application.purchase.PurchaseCatalog;
import org.awpt.application.purchase.PurchaseStart;
import org.awpt.application.purchase.TypeOffer;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.stock.StockStatus;

/** How the buyer side looks: the panel, the payment embed, each method's instructions, keys. */
public final class BuyerViews {
    /** The shop's colour. */
    public static final Color BRAND = new Color(0x58, 0x65, 0xF2);
    private static final int METHOD_ROWS = 4;

    private final Messages messages;

    /** Views worded from this bundle. */
    public BuyerViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The bundle. */
    public Messages messages() {
        return messages;
    }

    /**
     * What the admin who posted the panel is told: posted, and the settings to fill while some
     * method is not offered (all of them when buyers have nothing to pay with).
     */
    public Reply panelPosted(PurchaseCatalog catalog) {
        if (catalog.missing().isEmpty()) {
            return Reply.privateText(messages.get("panel.posted"));
        }
        String settings = catalog.missing().stream()
                .map(setting -> messages.get("panel.setup.line", "key", setting.key(), "what", setting.what()))
                .collect(Collectors.joining("\n"));
        return Reply.privateText(SafeEmbed.truncate(messages.get(catalog.takesNoPayment() ? "panel.posted.unpaid"
                : "panel.posted.partly", "settings", settings), Message.MAX_CONTENT_LENGTH));
    }

    /** The purchase panel an admin posts: "Buy a license" and "My licenses". */
    public Reply panel() {
        return Reply.privateEmbed(SafeEmbed.create().title(messages.get("panel.title"))
                .description(messages.get("panel.description")).color(BRAND).build(),
                Rows.of(List.of(
                        Button.success(ComponentId.of(ComponentAction.PANEL_BUY).encode(), messages.get("panel.button.buy")),
                        Button.secondary(ComponentId.of(ComponentAction.MY_LICENSES).encode(),
                                messages.get("panel.button.mine"))), 1)).publicly();
    }

    /**
     * The payment embed of a ticket: each type with prices and stock, one button per type and method
     * configured for it, disabled while the type may not be bought or the method is locked; when the
     * shop takes no payment at all, a line saying so and no payment button.
     */
    public Reply paymentEmbed(PurchaseCatalog catalog, DiscordUserId buyer) {
        SafeEmbed embed = SafeEmbed.create().title(messages.get("payment.title"))
                .description(messages.get("ticket.welcome", "buyer", "<@" + buyer + ">") + "\n"
                        + messages.get("payment.description"))
                .color(BRAND);
        for (TypeOffer offer : catalog.types()) {
            embed.field(offer.displayName(), messages.get("payment.field.type.value",
                    "prices", prices(offer.prices()), "stock", stock(offer.stock())), true);
        }
        String locked = catalog.methods().stream().filter(MethodOffer::isLocked)
                .map(m -> messages.get("payment.method.locked", "method", m.method().displayName(),
                        "reason", EchoedText.of(m.locked().reason(), EchoedText.REASON)))
                .collect(Collectors.joining("\n"));
        if (!locked.isEmpty()) {
            embed.field(messages.get("payment.methods"), locked, false);
        }
        if (catalog.takesNoPayment()) {
            embed.field(messages.get("payment.methods"), messages.get("payment.none"), false);
        }
        List<Button> buttons = new ArrayList<>();
        for (TypeOffer offer : catalog.types()) {
            for (MethodOffer method : catalog.methods()) {
                if (!method.offers(offer.type().code())) {
                    continue;
                }
                String id = ComponentId.of(ComponentAction.PAY_METHOD, offer.type().code().value(),
                        method.method().code()).encode();
                String label = SafeEmbed.truncate(messages.get("payment.button", "method", method.method().displayName(),
                        "type", offer.displayName()), Button.LABEL_MAX_LENGTH);
                buttons.add(Button.primary(id, label).withDisabled(!offer.purchasable() || method.isLocked()));
            }
        }
        List<MessageTopLevelComponent> rows = new ArrayList<>(Rows.of(buttons, METHOD_ROWS));
        rows.addAll(Rows.of(List.of(
                Button.secondary(ComponentId.of(ComponentAction.MY_LICENSES).encode(), messages.get("panel.button.mine")),
                Button.danger(ComponentId.of(ComponentAction.TICKET_CLOSE).encode(), messages.get("ticket.button.close"))),
                1));
        return new Reply("<@" + buyer + ">", List.of(embed.build()), rows, List.of(), false);
    }

    /** Robux: the gamepass link and "I purchased the gamepass". */
    public Reply robux(PurchaseStart start) {
        String price = start.prices().stream().filter(m -> Money.ROBUX.equals(m.currency())).findFirst()
                .map(Money::display).orElse("");
        return Reply.privateEmbed(SafeEmbed.create().title(messages.get("robux.title", "price", price))
                .description(messages.get("robux.description", "link", start.link())).color(BRAND).build(),
                Rows.of(List.of(
                        Button.link(start.link(), start.type().displayName()),
                        Button.success(ComponentId.of(ComponentAction.ROBUX_PURCHASED, start.type().code().value()).encode(),
                                messages.get("robux.button.purchased"))), 1));
    }

    /**
     * Robux "already paid out": the removal-and-rebuy steps and the "I removed it" button for this
     * type and Roblox account.
     */
    public Reply alreadyPaidOut(String steps, LicenseTypeCode type, String robloxUserId) {
        return new Reply(steps, List.of(), Rows.of(List.of(Button.primary(
                ComponentId.of(ComponentAction.ROBUX_REMOVED, type.value(), robloxUserId).encode(),
                messages.get("robux.button.removed"))), 1), List.of(), true);
    }

    /** Storefront: the link and a cancel button. */
    public Reply storefront(PurchaseStart start, StorefrontVisit visit) {
        return Reply.privateEmbed(SafeEmbed.create()
                .title(messages.get("storefront.title", "method", start.method().displayName()))
                .description(messages.get("storefront.description", "type", start.type().displayName(),
                        "link", visit.link(), "buyer", visit.buyer().asString())).color(BRAND).build(),
                Rows.of(List.of(Button.link(visit.link(), start.method().displayName()),
                        Button.danger(ComponentId.of(ComponentAction.STOREFRONT_CANCEL, visit.id()).encode(),
                                messages.get("storefront.button.cancel"))), 1));
    }

    /** Manual: the payment details and "I made a payment". */
    public Reply manual(PurchaseStart start) {
        String price = start.prices().stream().map(Money::display).collect(Collectors.joining(" / "));
        return Reply.privateEmbed(SafeEmbed.create()
                .title(messages.get("manual.title", "method", start.method().displayName()))
                .description(messages.get("manual.description", "price", price, "details", start.manualDetails()))
                .color(BRAND).build(),
                Rows.of(List.of(Button.success(ComponentId.of(ComponentAction.MANUAL_PAID, start.type().code().value(),
                        start.method().code()).encode(), messages.get("manual.button.paid"))), 1));
    }

    /** A key as its holder receives it (the only place a full key is shown). */
    public Reply key(LicenseKey key, LicenseType type) {
        return new Reply("", List.of(SafeEmbed.create().title(messages.get("delivery.title", "type", type.displayName()))
                .description(messages.get("delivery.description", "key", key.code().value(),
                        "expiresAt", key.expiresAt()))
                .color(BRAND).build()), List.of(), List.of(), false);
    }

    /** The keys a buyer holds, in full (only they see it). */
    public Reply myLicenses(List<LicenseKey> keys) {
        if (keys.isEmpty()) {
            return Reply.privateText(messages.get("mine.none"));
        }
        String lines = keys.stream().map(key -> messages.get("mine.line", "type", key.type().value(),
                "key", key.code().value(), "expiresAt", key.expiresAt() == null ? "\u2014" : key.expiresAt(),
                "status", key.status().wireName())).collect(Collectors.joining("\n"));
        return Reply.privateEmbed(SafeEmbed.create().title(messages.get("mine.title")).description(lines).color(BRAND)
                .build(), List.of());
    }

    /** How a delivery channel reads. */
    public String channel(DeliveryChannel via) {
        return via == null ? messages.get("delivery.channel.my_licenses")
                : messages.get("delivery.channel." + via.name().toLowerCase(Locale.ROOT));
    }

    private String prices(List<Money> prices) {
        return prices.stream().map(Money::display).collect(Collectors.joining(" \u00b7 "));
    }

    private String stock(StockStatus stock) {
        return messages.get("payment.stock." + stock.level().name().toLowerCase(Locale.ROOT),
                "available", stock.available());
    }
}
