package org.awpt.adapters.discord.buyer;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectMenu;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
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
import org.awpt.domain.NotFoundException;
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
     * The payment embed of a ticket: each type with prices and stock, and the choices laid out as
     * {@link PaymentLayout} decides: one button per type and method configured for it, or a menu of the
     * types; a button is disabled while the type may not be bought or the method is locked, the menu
     * while no choice may be used. When the shop takes no payment at all, a line saying so and no choice.
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
        List<MessageTopLevelComponent> rows = new ArrayList<>(switch (PaymentLayout.of(catalog)) {
            case BUTTONS -> Rows.of(catalog.types().stream().flatMap(offer -> payButtons(catalog, offer,
                    method -> messages.get("payment.button", "method", method.method().displayName(),
                            "type", offer.displayName())).stream()).toList(), PaymentLayout.CHOICE_ROWS);
            case TYPE_MENU -> List.of(ActionRow.of(typeMenu(catalog)));
        });
        rows.addAll(Rows.of(List.of(
                Button.secondary(ComponentId.of(ComponentAction.MY_LICENSES).encode(), messages.get("panel.button.mine")),
                Button.danger(ComponentId.of(ComponentAction.TICKET_CLOSE).encode(), messages.get("ticket.button.close"))),
                1));
        return new Reply("<@" + buyer + ">", List.of(embed.build()), rows, List.of(), false);
    }

    /**
     * The methods of the type a buyer picked from the payment embed's menu, privately: its prices and
     * stock, one button per method, disabled as in the embed.
     *
     * @throws NotFoundException when the catalog has no such type
     */
    public Reply typeMethods(PurchaseCatalog catalog, LicenseTypeCode type) {
        TypeOffer offer = catalog.type(type).orElseThrow(() -> new NotFoundException("license type", type.value()));
        List<Button> buttons = payButtons(catalog, offer, method -> method.method().displayName());
        return Reply.privateEmbed(SafeEmbed.create().title(messages.get("payment.type.title", "type", offer.displayName()))
                .description(messages.get("payment.field.type.value", "prices", prices(offer.prices()),
                        "stock", stock(offer.stock())) + (buttons.isEmpty() ? "\n" + messages.get("payment.none") : ""))
                .color(BRAND).build(), Rows.of(buttons, Message.MAX_COMPONENT_COUNT));
    }

    /** One button per method offered for the type, labelled by {@code label}, disabled while it may not be used. */
    private List<Button> payButtons(PurchaseCatalog catalog, TypeOffer offer, Function<MethodOffer, String> label) {
        return catalog.methods().stream().filter(method -> method.offers(offer.type().code()))
                .map(method -> Button.primary(ComponentId.of(ComponentAction.PAY_METHOD, offer.type().code().value(),
                        method.method().code()).encode(), SafeEmbed.truncate(label.apply(method), Button.LABEL_MAX_LENGTH))
                        .withDisabled(!offer.purchasable() || method.isLocked()))
                .toList();
    }

    /**
     * The menu of every type some method is offered for, each with its prices and stock; disabled while
     * none of them can be paid for now.
     */
    private StringSelectMenu typeMenu(PurchaseCatalog catalog) {
        StringSelectMenu.Builder menu = StringSelectMenu.create(ComponentId.of(ComponentAction.PAY_TYPE).encode())
                .setPlaceholder(SafeEmbed.truncate(messages.get("payment.type.placeholder"),
                        SelectMenu.PLACEHOLDER_MAX_LENGTH));
        boolean payable = false;
        for (TypeOffer offer : catalog.types()) {
            List<Button> buttons = payButtons(catalog, offer, method -> method.method().displayName());
            if (buttons.isEmpty()) {
                continue;
            }
            payable |= buttons.stream().anyMatch(button -> !button.isDisabled());
            menu.addOption(SafeEmbed.truncate(offer.displayName(), SelectOption.LABEL_MAX_LENGTH),
                    offer.type().code().value(), SafeEmbed.truncate(prices(offer.prices()) + " \u00b7 "
                            + stock(offer.stock()), SelectOption.DESCRIPTION_MAX_LENGTH));
        }
        return menu.setDisabled(!payable).build();
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
