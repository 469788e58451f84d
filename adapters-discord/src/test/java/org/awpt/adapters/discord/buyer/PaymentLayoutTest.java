package org.awpt.adapters.discord.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.adapters.discord.BotFixture.ADMIN;
import static org.awpt.adapters.discord.BotFixture.BUYER;
import static org.awpt.adapters.discord.BotFixture.NO_ROLES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.FourTypeShop;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.purchase.MethodOffer;
import org.awpt.application.purchase.PurchaseCatalog;
import org.awpt.application.purchase.TypeOffer;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;
import org.awpt.domain.ticket.PurchaseTicket;
import org.junit.jupiter.api.Test;

class PaymentLayoutTest {
    private static final ComponentId TYPE_MENU = ComponentId.of(ComponentAction.PAY_TYPE);

    private final BotFixture bot = fourTypes();
    private final BotDriver driver = new BotDriver(bot);

    private static BotFixture fourTypes() {
        BotFixture shop = BotFixture.with(access -> FourTypeShop.of(ExampleShop.settings(access)));
        FourTypeShop.TYPES.forEach(type -> shop.stock(type, 20));
        return shop;
    }

    private PurchaseTicket openTicket(BotFixture shop) {
        new BotDriver(shop).click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");
        return shop.stores.tickets.findOpenOf(BUYER).orElseThrow();
    }

    private static List<Button> embedButtons(BotFixture shop, PurchaseTicket ticket) {
        return BotDriver.buttons(shop.stores.discord.message(ticket.embedMessageId()).reply());
    }

    private static StringSelectMenu typeMenu(BotFixture shop, PurchaseTicket ticket) {
        return BotDriver.menus(shop.stores.discord.message(ticket.embedMessageId()).reply().components()).stream()
                .filter(menu -> TYPE_MENU.encode().equals(menu.getCustomId())).findFirst()
                .orElseThrow(() -> new AssertionError("no type menu"));
    }

    private List<Button> choose(PurchaseTicket ticket, LicenseTypeCode type) {
        return driver.choose(BUYER, NO_ROLES, TYPE_MENU, type.value(), ticket.channelId(), ticket.embedMessageId())
                .buttons();
    }

    private static Button payButton(List<Button> buttons, LicenseTypeCode type, String method) {
        String id = ComponentId.of(ComponentAction.PAY_METHOD, type.value(), method).encode();
        return buttons.stream().filter(b -> id.equals(b.getCustomId())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id + " among " + buttons));
    }

    @Test
    void fourTypesBySixMethodsOfferAllTwentyFourChoices() {
        PurchaseTicket ticket = openTicket(bot);

        StringSelectMenu menu = typeMenu(bot, ticket);
        assertThat(menu.isDisabled()).isFalse();
        assertThat(menu.getOptions()).extracting(SelectOption::getValue)
                .containsExactly("weekly", "monthly", "quarterly", "yearly");
        assertThat(menu.getOptions()).extracting(SelectOption::getDescription).allMatch(d -> d.contains("In stock"));
        Set<String> offered = new HashSet<>();
        for (LicenseTypeCode type : FourTypeShop.TYPES) {
            List<Button> methods = choose(ticket, type);
            assertThat(methods).hasSize(6).noneMatch(Button::isDisabled);
            methods.forEach(button -> offered.add(button.getCustomId()));
        }
        Set<String> every = new HashSet<>();
        FourTypeShop.TYPES.forEach(type -> ExampleShop.methods().all().forEach(method -> every.add(
                ComponentId.of(ComponentAction.PAY_METHOD, type.value(), method.code()).encode())));
        assertThat(offered).hasSize(24).isEqualTo(every);
        assertThat(embedButtons(bot, ticket)).extracting(Button::getCustomId)
                .noneMatch(id -> id.startsWith("v1:pay:method"))
                .contains(ComponentId.of(ComponentAction.MY_LICENSES).encode(),
                        ComponentId.of(ComponentAction.TICKET_CLOSE).encode());
    }

    @Test
    void aChosenTypesMethodButtonStartsItsPayment() {
        PurchaseTicket ticket = openTicket(bot);
        Button gcash = payButton(choose(ticket, FourTypeShop.YEARLY), FourTypeShop.YEARLY, "gcash");

        BotDriver.Answer answer = driver.click(BUYER, NO_ROLES, gcash.getCustomId(), ticket.channelId(), "2");

        assertThat(answer.all()).contains("GCash").contains("09356040108").contains("\u20B11,680");
    }

    @Test
    void choosingATypeRedrawsTheTicketsEmbedSoTheSameTypeCanBeChosenAgain() {
        PurchaseTicket ticket = openTicket(bot);
        int before = bot.stores.discord.edits();

        choose(ticket, FourTypeShop.QUARTERLY);

        assertThat(bot.stores.discord.edits()).isEqualTo(before + 1);
        assertThat(typeMenu(bot, ticket).getOptions()).noneMatch(SelectOption::isDefault);
    }

    @Test
    void aChosenTypesButtonsAreDisabledWhileItIsOutOfStockOrTheMethodIsLocked() {
        BotFixture shop = BotFixture.with(access -> FourTypeShop.of(ExampleShop.settings(access)))
                .stock(LicenseTypeCode.WEEKLY, 20);
        shop.stores.lockdowns.save(new Lockdown(Feature.paymentMethod("gcash"), true, ADMIN,
                shop.stores.clock.instant(), "provider outage"));
        PurchaseTicket ticket = openTicket(shop);
        BotDriver buyer = new BotDriver(shop);

        List<Button> yearly = buyer.choose(BUYER, NO_ROLES, TYPE_MENU, "yearly", ticket.channelId(),
                ticket.embedMessageId()).buttons();
        List<Button> weekly = buyer.choose(BUYER, NO_ROLES, TYPE_MENU, "weekly", ticket.channelId(),
                ticket.embedMessageId()).buttons();

        assertThat(yearly).hasSize(6).allMatch(Button::isDisabled);
        assertThat(payButton(weekly, LicenseTypeCode.WEEKLY, "gcash").isDisabled()).isTrue();
        assertThat(weekly).filteredOn(b -> !b.getCustomId().endsWith(":gcash")).hasSize(5).noneMatch(Button::isDisabled);
        assertThat(typeMenu(shop, ticket).getOptions()).filteredOn(o -> o.getValue().equals("yearly"))
                .singleElement().satisfies(o -> assertThat(o.getDescription()).contains("Out of stock"));
    }

    @Test
    void theTypeMenuIsRedrawnWhenStockChanges() {
        BotFixture empty = BotFixture.with(access -> FourTypeShop.of(ExampleShop.settings(access)));
        PurchaseTicket ticket = openTicket(empty);
        assertThat(typeMenu(empty, ticket).isDisabled()).isTrue();

        empty.stock(FourTypeShop.QUARTERLY, 20);

        StringSelectMenu menu = typeMenu(empty, ticket);
        assertThat(menu.isDisabled()).isFalse();
        assertThat(menu.getOptions()).filteredOn(o -> o.getValue().equals("quarterly")).singleElement()
                .satisfies(o -> assertThat(o.getDescription()).contains("In stock"));
    }

    @Test
    void aShopWhoseChoicesFitKeepsOneButtonPerChoiceAndNoMenu() {
        BotFixture example = new BotFixture().stock(LicenseTypeCode.WEEKLY, 20).stock(LicenseTypeCode.MONTHLY, 20);
        PurchaseTicket ticket = openTicket(example);

        assertThat(embedButtons(example, ticket)).filteredOn(b -> b.getCustomId().startsWith("v1:pay:method"))
                .hasSize(12);
        assertThat(BotDriver.menus(example.stores.discord.message(ticket.embedMessageId()).reply().components()))
                .isEmpty();
    }

    @Test
    void twentyChoicesAreButtonsAndTwentyOneAMenu() {
        assertThat(PaymentLayout.of(catalog(4, 5))).isEqualTo(PaymentLayout.Shape.BUTTONS);
        assertThat(PaymentLayout.of(catalog(3, 7))).isEqualTo(PaymentLayout.Shape.TYPE_MENU);
        assertThat(PaymentLayout.choices(catalog(3, 7))).isEqualTo(21);
        assertThat(PaymentLayout.of(catalog(0, 0))).isEqualTo(PaymentLayout.Shape.BUTTONS);
    }

    @Test
    void theLimitsThatRemainAreNamed() {
        assertThat(PaymentLayout.typesRefusal(25)).isEmpty();
        assertThat(PaymentLayout.typesRefusal(26)).hasValueSatisfying(text -> assertThat(text)
                .contains("at most 25 license types").contains("found 26").contains("select menu"));
        assertThat(PaymentLayout.methodsRefusal("weekly", 25)).isEmpty();
        assertThat(PaymentLayout.methodsRefusal("weekly", 26)).hasValueSatisfying(text -> assertThat(text)
                .contains("at most 25 payment methods for license type weekly").contains("found 26"));
    }

    /** A catalog of {@code types} types, each offered by all of {@code methods} manual methods. */
    private static PurchaseCatalog catalog(int types, int methods) {
        List<TypeOffer> offers = new ArrayList<>();
        Set<LicenseTypeCode> codes = new java.util.LinkedHashSet<>();
        IntStream.range(0, types).forEach(i -> {
            LicenseTypeCode code = new LicenseTypeCode("type" + i);
            codes.add(code);
            offers.add(new TypeOffer(new LicenseType(code, "Type " + i, Duration.ofDays(7)), List.of(),
                    new StockStatus(code, 20, StockLevel.HEALTHY), true));
        });
        List<MethodOffer> methodOffers = IntStream.range(0, methods).mapToObj(i -> new MethodOffer(
                new PaymentMethod("m" + i, "Method " + i, PaymentMethodKind.MANUAL, "", "pay here", "", Map.of()),
                null, codes)).toList();
        return new PurchaseCatalog(offers, methodOffers, List.of());
    }
}
