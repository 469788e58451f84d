package org.awpt.adapters.discord.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.pricing.PriceList;
import org.junit.jupiter.api.Test;

/** The All keys view filters by every license type, however many the shop has: none is left out. */
class KeyBrowserTypeFilterTest {
    private static final DiscordUserId ADMIN = BotFixture.ADMIN;
    private static final String[] NO_ROLES = {};

    /** The example shop with {@code count} types: weekly, monthly and {@code count - 2} more. */
    private static ShopSettings withTypes(ShopSettings base, int count) {
        List<LicenseType> types = new ArrayList<>(List.of(LicenseType.weekly(), LicenseType.monthly()));
        for (int i = 3; i <= count; i++) {
            types.add(new LicenseType(new LicenseTypeCode("tier" + i), "Tier " + i, Duration.ofDays(30L * i)));
        }
        Map<LicenseTypeCode, List<Money>> prices = new LinkedHashMap<>();
        types.forEach(type -> prices.put(type.code(), List.of(new Money(BigDecimal.valueOf(100), "USD"))));
        return new ShopSettings(new LicenseTypeCatalog(types), new PriceList(prices), base.methods(),
                base.gamePasses(), base.thresholds(), base.buyerPolicy(), base.proofPolicy(), base.importLimits(),
                base.access(), base.sessionExpiry(), base.cooldowns(), base.zone(), base.limits(), base.keyFormats());
    }

    private static StringSelectMenu menu(BotDriver.Answer answer) {
        return BotDriver.menus(answer.edits().get(answer.edits().size() - 1).getComponents()).get(0);
    }

    @Test
    void aShopWithFourTypesFiltersWithButtonsForAllOfThem() {
        BotFixture bot = BotFixture.with(access -> withTypes(ExampleShop.settings(access), 4));

        BotDriver.Answer view = new BotDriver(bot).slash(ADMIN, NO_ROLES, "license view", "view_type", "keys");

        assertThat(BotDriver.menus(view.edits().get(0).getComponents())).isEmpty();
        assertThat(view.buttons()).extracting(Button::getLabel)
                .contains("All", "Weekly", "Monthly", "Tier 3", "Tier 4").doesNotContain("All types");
    }

    @Test
    void aShopWithMoreTypesThanOneRowFiltersFromAMenuHoldingEveryType() {
        BotFixture bot = BotFixture.with(access -> withTypes(ExampleShop.settings(access), 25))
                .stock(new LicenseTypeCode("tier25"), 3).stock(LicenseTypeCode.WEEKLY, 2);
        BotDriver driver = new BotDriver(bot);

        BotDriver.Answer view = driver.slash(ADMIN, NO_ROLES, "license view", "view_type", "keys");
        StringSelectMenu menu = menu(view);

        assertThat(menu.getOptions()).extracting(SelectOption::getValue).hasSize(25).contains("weekly", "tier25");
        assertThat(menu.getOptions()).noneMatch(SelectOption::isDefault);
        assertThat(view.buttons()).filteredOn(b -> b.getLabel().equals("All types")).singleElement()
                .satisfies(all -> assertThat(all.isDisabled()).isTrue());
        assertThat(view.buttons()).extracting(Button::getCustomId).doesNotHaveDuplicates();
        assertThat(view.embeds().get(0).getFooter().getText()).endsWith("5 keys");

        BotDriver.Answer last = driver.choose(ADMIN, NO_ROLES, ComponentId.of(ComponentAction.KEYS_TYPE, "all"), "tier25", "c", "m");
        assertThat(menu.getCustomId()).isEqualTo(ComponentId.of(ComponentAction.KEYS_TYPE, "all").encode());

        assertThat(last.embeds().get(0).getDescription()).contains("Type: tier25");
        assertThat(last.embeds().get(0).getFooter().getText()).endsWith("3 keys");
        assertThat(menu(last).getOptions()).filteredOn(SelectOption::isDefault).extracting(SelectOption::getValue)
                .containsExactly("tier25");
        Button allTypes = last.buttons().stream().filter(b -> b.getLabel().equals("All types")).findFirst().orElseThrow();
        assertThat(allTypes.isDisabled()).isFalse();

        BotDriver.Answer all = driver.click(ADMIN, NO_ROLES, allTypes.getCustomId(), "c", "m");

        assertThat(all.embeds().get(0).getFooter().getText()).endsWith("5 keys");
        assertThat(menu(all).getOptions()).noneMatch(SelectOption::isDefault);
    }
}
