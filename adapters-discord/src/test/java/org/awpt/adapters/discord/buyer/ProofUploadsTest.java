package org.awpt.adapters.discord.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.adapters.discord.BotFixture.ADMIN_CHANNEL;
import static org.awpt.adapters.discord.BotFixture.BUYER;
import static org.awpt.adapters.discord.BotFixture.NO_ROLES;
import static org.awpt.adapters.discord.BotFixture.OTHER_BUYER;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.runtime.InlinePool;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProofUploadsTest {
    private final InlinePool pool = new InlinePool();
    private final BotFixture bot = new BotFixture(pool).stock(LicenseTypeCode.WEEKLY, 20);
    private final BotDriver driver = new BotDriver(bot);
    private final FakeDiscordOps discord = bot.stores.discord;
    private String ticket;
    private FakeDiscordOps.Posted notice;

    @BeforeEach
    void submitWithoutProof() {
        driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");
        ticket = bot.stores.tickets.findOpenOf(BUYER).orElseThrow().channelId();
        BotDriver.Answer answer = driver.submit(BUYER, NO_ROLES,
                ComponentId.of(ComponentAction.MANUAL_MODAL, "weekly", "cashapp").encode(), ticket, List.of(),
                BuyerModals.METHOD_USED, "CashApp", BuyerModals.CONTACT, "me@example.com");
        assertThat(answer.text()).isEqualTo(bot.messages.get("manual.upload.later"));
        notice = discord.in(ticket).stream().filter(m -> BotDriver.buttons(m.reply()).stream()
                .anyMatch(b -> b.getCustomId().startsWith("v1:pay:upload"))).findFirst().orElseThrow();
    }

    private BotDriver.Answer arm(DiscordUserId user) {
        Button upload = BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.PROOF_UPLOAD);
        return driver.click(user, NO_ROLES, upload.getCustomId(), ticket, notice.messageId());
    }

    private void post(DiscordUserId author, String url, byte[] bytes) {
        discord.serve(url, bytes);
        MessageReceivedEvent event = mock(MessageReceivedEvent.class, RETURNS_DEEP_STUBS);
        when(event.getAuthor().isBot()).thenReturn(false);
        when(event.getAuthor().getIdLong()).thenReturn(author.value());
        when(event.isWebhookMessage()).thenReturn(false);
        when(event.getChannel().getId()).thenReturn(ticket);
        Message.Attachment attachment = mock(Message.Attachment.class);
        when(attachment.getUrl()).thenReturn(url);
        when(attachment.getFileName()).thenReturn("proof.png");
        when(attachment.getSize()).thenReturn(bytes.length);
        when(event.getMessage().getAttachments()).thenReturn(List.of(attachment));
        bot.uploads.onMessageReceived(event);
    }

    private PaymentSession session() {
        return bot.stores.sessions.openSessionsOf(BUYER).get(0);
    }

    @Test
    void theNextImageTheBuyerPostsBecomesTheProof() {
        assertThat(arm(BUYER).text()).isEqualTo(bot.messages.get("manual.upload.armed"));

        post(BUYER, "https://cdn.example/shot.png", BotFixture.PNG);

        assertThat(session().status()).isEqualTo(SessionStatus.AWAITING_REVIEW);
        assertThat(discord.in(ADMIN_CHANNEL)).anyMatch(m -> !m.reply().files().isEmpty());
        assertThat(BotDriver.buttons(discord.message(notice.messageId()).reply()))
                .noneMatch(b -> b.getCustomId().startsWith("v1:pay:upload"));
        assertThat(BotDriver.text(discord.in(ticket).get(discord.in(ticket).size() - 1).reply()))
                .contains(bot.messages.get("manual.upload.received"));
    }

    @Test
    void imagesOfOthersOrWithoutArmingAreIgnored() {
        post(BUYER, "https://cdn.example/early.png", BotFixture.PNG);
        arm(BUYER);
        post(OTHER_BUYER, "https://cdn.example/other.png", BotFixture.PNG);

        assertThat(session().status()).isEqualTo(SessionStatus.AWAITING_PROOF);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedInTheTicket() {
        arm(BUYER);
        post(BUYER, "https://cdn.example/notes.txt", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(session().status()).isEqualTo(SessionStatus.AWAITING_PROOF);
        assertThat(BotDriver.text(discord.in(ticket).get(discord.in(ticket).size() - 1).reply()))
                .contains(bot.messages.get("error.proof_not_image"));
    }

    @Test
    void onlyTheBuyerArmsTheUpload() {
        assertThat(arm(OTHER_BUYER).text()).isEqualTo(bot.messages.get("error.not_authorized"));
    }

    @Test
    void anImagePostedWhileTheBotStopsIsAnsweredRestartingNotBusy() {
        arm(BUYER);
        pool.shutdown();

        post(BUYER, "https://cdn.example/late.png", BotFixture.PNG);

        assertThat(session().status()).isEqualTo(SessionStatus.AWAITING_PROOF);
        assertThat(discord.in(ticket).get(discord.in(ticket).size() - 1).reply().content())
                .isEqualTo(bot.messages.get("error.restarting"));
    }

    @Test
    void anImagePostedWhileThePoolIsFullIsAnsweredBusy() {
        arm(BUYER);
        pool.fill();

        post(BUYER, "https://cdn.example/crowded.png", BotFixture.PNG);

        assertThat(session().status()).isEqualTo(SessionStatus.AWAITING_PROOF);
        assertThat(discord.in(ticket).get(discord.in(ticket).size() - 1).reply().content())
                .isEqualTo(bot.messages.get("error.busy"));
    }
}
