package org.awpt.adapters.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.adapters.discord.standin.LiveBot.button;
import static org.awpt.adapters.discord.standin.LiveBot.hasButton;
import static org.awpt.adapters.discord.standin.LiveBot.id;

import com.fasterxml.jackson.databind.JsonNode;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.buyer.BuyerModals;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.buyer.BuyerLanguage;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Languages through the Discord stand-in: each buyer reads the language they chose on the panel, else
 * their Discord client's when the bot speaks it, else the shop's ({@code shop.locale}), also in what
 * reaches them later without an interaction; staff read the shop's.
 */
class LanguageScenariosTest {
    private final Messages filipino = Messages.forLocale(Languages.FILIPINO);
    private final Messages english = Messages.english();
    private LiveBot live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.closeAndCheck();
        }
    }

    /**
     * The buyer pays a weekly license by GCash from their ticket's embed, with a screenshot: the
     * instructions, the form and the thanks are in {@code language}.
     */
    private void payByGcash(StandInUser buyer, PostedMessage embed, Messages language) {
        DiscordStandIn discord = live.world.discord;
        PostedMessage details = discord.awaitAnswer(discord.buttonClick(buyer, embed,
                id(ComponentAction.PAY_METHOD, "weekly", "gcash")));
        assertThat(details.visibleText()).contains(language.get("manual.button.paid"));
        InjectedInteraction paid = discord.buttonClick(buyer, details, button(details, ComponentAction.MANUAL_PAID));
        discord.awaitCallback(paid);
        JsonNode form = paid.modal().orElseThrow();
        assertThat(form.path("title").asText()).isEqualTo(language.get("manual.modal.title"));
        InjectedInteraction submit = discord.modalSubmit(buyer, details, form.path("custom_id").asText(),
                ModalField.text(BuyerModals.METHOD_USED, "GCash"), ModalField.text(BuyerModals.TRANSACTION, "TX-9"),
                ModalField.text(BuyerModals.CONTACT, buyer.username() + "@example.com"), ModalField.text(BuyerModals.NOTES, ""),
                ModalField.files(BuyerModals.PROOF, new StandInFile("proof.png", "image/png", BotFixture.PNG)));
        assertThat(discord.awaitAnswer(submit).visibleText()).contains(language.get("manual.submitted"));
    }

    private long ticketOf(StandInUser person) {
        return Long.parseLong(live.world.stores.tickets.findOpenOf(LiveBot.World.idOf(person)).orElseThrow().channelId());
    }

    @Test
    void aFilipinoBuyerReadsFilipinoAnEnglishClientReadsEnglishAlsoInTheKeysDmAndTheStaffReadTheShopsFilipino() {
        live = LiveBot.start(Languages.FILIPINO).stock(LicenseTypeCode.WEEKLY, 5);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        // A Filipino buyer's client: Discord offers no Filipino (nor Tagalog) language, so JDA reads "tl" as
        // unknown and the buyer reads the shop's language. The other buyer's client is in English.
        StandInUser juan = world.buyer;
        StandInUser ann = world.otherBuyer;
        discord.clientLocale(juan, "tl");
        discord.clientLocale(ann, "en-US");

        // The commands are described in Filipino, with English localizations for English clients.
        JsonNode license = discord.awaitCall("PUT", "applications/.*/commands").json().get(0);
        assertThat(license.path("description").asText()).isEqualTo(filipino.get("cmd.license"));
        assertThat(license.path("description_localizations").path("en-US").asText()).isEqualTo(english.get("cmd.license"));

        // The admin posts the panel: public, so in the shop's language.
        discord.awaitAnswer(discord.slashCommand(world.admin, world.shopChannel, "panel"));
        PostedMessage panel = discord.awaitMessageIn(world.shopChannel, m -> hasButton(m, ComponentAction.PANEL_BUY));
        assertThat(panel.visibleText()).contains(filipino.get("panel.title")).contains(filipino.get("panel.button.buy"));

        // Juan opens a ticket: answered and greeted in Filipino.
        PostedMessage opened = discord.awaitAnswer(discord.buttonClick(juan, panel, id(ComponentAction.PANEL_BUY)));
        assertThat(opened.visibleText()).startsWith("Handa na ang iyong purchase ticket");
        long juansTicket = ticketOf(juan);
        PostedMessage juansEmbed = discord.awaitMessageIn(juansTicket, m -> hasButton(m, ComponentAction.PAY_METHOD));
        assertThat(juansEmbed.visibleText()).contains("Piliin ang iyong license").contains(filipino.get("ticket.button.close"));
        // A refusal is Filipino too.
        assertThat(discord.awaitAnswer(discord.buttonClick(juan, panel, id(ComponentAction.PANEL_BUY))).visibleText())
                .startsWith("May bukas ka nang purchase ticket");

        // Ann opens hers: English, in the same Filipino shop.
        assertThat(discord.awaitAnswer(discord.buttonClick(ann, panel, id(ComponentAction.PANEL_BUY))).visibleText())
                .startsWith("Your purchase ticket is ready");
        long annsTicket = ticketOf(ann);
        PostedMessage annsEmbed = discord.awaitMessageIn(annsTicket, m -> hasButton(m, ComponentAction.PAY_METHOD));
        assertThat(annsEmbed.visibleText()).contains("Choose your license");

        // Ann pays by GCash: in English.
        payByGcash(ann, annsEmbed, english);

        // The staff's notice is in the shop's Filipino; the admin approves.
        PostedMessage notice = discord.awaitMessageIn(world.adminChannel, m -> hasButton(m, ComponentAction.PAY_APPROVE));
        assertThat(notice.visibleText()).contains("Bayad na susuriin").contains(filipino.get("manual.button.approve"));
        discord.awaitCallback(discord.buttonClick(world.admin, notice, button(notice, ComponentAction.PAY_APPROVE)));

        // Later, with no interaction of hers, Ann gets her key by DM in English, and her ticket's copy is English;
        // the admins' copy says it in Filipino.
        PostedMessage key = discord.awaitDirectMessageTo(ann, dm -> dm.visibleText().contains("Here is your license key"));
        assertThat(key.visibleText()).doesNotContain("Narito");
        discord.awaitMessageIn(annsTicket, m -> m.visibleText().contains("Approved by <@" + world.admin.idString() + ">"));
        discord.awaitMessageIn(world.adminChannel, m -> m.id() == notice.id()
                && m.visibleText().contains("Inaprubahan ni <@" + world.admin.idString() + ">"));

        // What was kept: Ann's client language; none for Juan, whose client language Discord does not know.
        assertThat(world.languages.find(LiveBot.World.idOf(ann))).contains(new BuyerLanguage("en-US", false));
        assertThat(world.languages.find(LiveBot.World.idOf(juan))).isEmpty();
    }

    @Test
    void aBuyerWhoChoseFilipinoOnThePanelReadsFilipinoInAnEnglishShopUpToTheKeysDmWhileTheStaffReadEnglish() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 5);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        StandInUser maria = world.buyer;
        discord.awaitAnswer(discord.slashCommand(world.admin, world.shopChannel, "panel"));
        PostedMessage panel = discord.awaitMessageIn(world.shopChannel, m -> hasButton(m, ComponentAction.PANEL_BUY));
        assertThat(panel.visibleText()).contains("English").contains("Filipino");

        // Her Discord client is in English (Discord offers no Filipino): she presses "Filipino" on the panel.
        assertThat(discord.awaitAnswer(discord.buttonClick(maria, panel, id(ComponentAction.LANGUAGE_CHOOSE, "fil")))
                .visibleText()).startsWith("Mula ngayon, Filipino na ang gamit ng shop");
        assertThat(world.languages.find(LiveBot.World.idOf(maria))).contains(new BuyerLanguage("fil", true));

        assertThat(discord.awaitAnswer(discord.buttonClick(maria, panel, id(ComponentAction.PANEL_BUY))).visibleText())
                .startsWith("Handa na ang iyong purchase ticket");
        long ticket = ticketOf(maria);
        PostedMessage embed = discord.awaitMessageIn(ticket, m -> hasButton(m, ComponentAction.PAY_METHOD));
        assertThat(embed.visibleText()).contains("Piliin ang iyong license");
        payByGcash(maria, embed, filipino);

        // The staff read the shop's English; the admin approves.
        PostedMessage notice = discord.awaitMessageIn(world.adminChannel, m -> hasButton(m, ComponentAction.PAY_APPROVE));
        assertThat(notice.visibleText()).contains("Payment to review");
        discord.awaitCallback(discord.buttonClick(world.admin, notice, button(notice, ComponentAction.PAY_APPROVE)));

        // Her key arrives by DM in Filipino, and her ticket's copy says it in Filipino.
        discord.awaitDirectMessageTo(maria, dm -> dm.visibleText().contains("Narito ang iyong license key"));
        discord.awaitMessageIn(ticket, m -> m.visibleText().contains("Inaprubahan ni <@" + world.admin.idString() + ">"));
        discord.awaitMessageIn(world.adminChannel, m -> m.id() == notice.id()
                && m.visibleText().contains("Approved by <@" + world.admin.idString() + ">"));
    }
}
