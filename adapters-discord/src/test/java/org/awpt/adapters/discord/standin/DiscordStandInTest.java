package org.awpt.adapters.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.attachmentupload.AttachmentUpload;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.FileUpload;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in against real JDA 6, without any bot code: what JDA does and what Discord answers. */
class DiscordStandInTest {

    private static final Duration WAIT = DiscordStandIn.WAIT;

    private DiscordStandIn discord;
    private StandInGuild guild;
    private long shopChannel;
    private StandInUser buyer;
    private JDA jda;
    private final AtomicReference<Consumer<GenericEvent>> onEvent = new AtomicReference<>(event -> { });

    @BeforeEach
    void start() {
        discord = DiscordStandIn.start();
        guild = discord.addGuild("AWPT Shop");
        shopChannel = guild.addTextChannel("shop");
        buyer = discord.addUser("buyer");
        guild.addMember(buyer);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (jda != null) {
            jda.shutdown();
            if (!jda.awaitShutdown(WAIT)) {
                jda.shutdownNow();
            }
        }
        discord.close();
        assertThat(discord.unexpectedCalls()).as("requests outside the stand-in's routes or Discord's API description").isEmpty();
    }

    private JDA connect() throws InterruptedException {
        return connect(EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES));
    }

    private JDA connect(EnumSet<GatewayIntent> intents) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        EventListener listener = event -> {
            if (event instanceof StatusChangeEvent change && change.getNewStatus() == JDA.Status.CONNECTED) {
                ready.countDown();
            }
            onEvent.get().accept(event);
        };
        jda = discord.configure(JDABuilder.createLight(discord.token(), intents))
                .addEventListeners(listener)
                .build();
        assertThat(ready.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("JDA ready").isTrue();
        return jda;
    }

    private <T extends GenericEvent> void on(Class<T> type, Consumer<T> handler) {
        onEvent.set(event -> {
            if (type.isInstance(event)) {
                handler.accept(type.cast(event));
            }
        });
    }

    @Test
    void jdaLogsInAndSeesTheGuildWithItsChannelsAndMembers() throws InterruptedException {
        connect();

        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(discord.botUser().id());
        assertThat(jda.getGuildById(guild.id())).isNotNull();
        assertThat(jda.getGuildById(guild.id()).getName()).isEqualTo("AWPT Shop");
        assertThat(jda.getTextChannelById(shopChannel).getName()).isEqualTo("shop");
        assertThat(discord.calls("GET", "users/@me")).hasSize(1);
    }

    @Test
    void aBadTokenFailsTheLogin() {
        JDABuilder builder = discord.configure(JDABuilder.createLight("not-the-token." + buyer.id(),
                EnumSet.noneOf(GatewayIntent.class)));

        assertThatThrownBy(builder::build).isInstanceOf(InvalidTokenException.class);
        assertThat(discord.calls("GET", "users/@me")).singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(401));
    }

    @Test
    void registeringCommandsHitsTheGlobalAndGuildRoutes() throws InterruptedException {
        connect();

        jda.updateCommands().addCommands(Commands.slash("shop", "Open the shop")).complete();
        jda.getGuildById(guild.id()).updateCommands().addCommands(Commands.slash("license", "Admin")).complete();

        RecordedCall global = discord.awaitCall("PUT", "applications/" + discord.applicationId() + "/commands");
        assertThat(global.json().get(0).path("name").asText()).isEqualTo("shop");
        RecordedCall inGuild = discord.awaitCall("PUT",
                "applications/" + discord.applicationId() + "/guilds/" + guild.id() + "/commands");
        assertThat(inGuild.json().get(0).path("name").asText()).isEqualTo("license");
    }

    @Test
    void anInjectedSlashCommandReachesTheListenerWithItsOptionsAndTheReplyIsRecorded() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        on(SlashCommandInteractionEvent.class, event -> {
            Message.Attachment file = event.getOption("file").getAsAttachment();
            String content = file.getProxy().download().thenApply(stream -> {
                try (stream) {
                    return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).join();
            seen.complete(event.getFullCommandName() + "|" + event.getOption("note").getAsString() + "|"
                    + file.getFileName() + "|" + content + "|" + event.getUser().getName());
            event.reply("imported").setEphemeral(true).queue();
        });
        connect();

        InjectedInteraction interaction = discord.slashCommand(buyer, shopChannel, "license",
                SlashOption.subcommand("import", SlashOption.string("note", "batch 7"),
                        SlashOption.attachment("file", new StandInFile("keys.txt", "text/plain",
                                "KEY-1\nKEY-2".getBytes(StandardCharsets.UTF_8)))));

        assertThat(seen.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isEqualTo("license import|batch 7|keys.txt|KEY-1\nKEY-2|buyer");
        RecordedCall callback = discord.awaitCallback(interaction);
        assertThat(callback.status()).isEqualTo(200);
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(callback.json().path("data").path("content").asText()).isEqualTo("imported");
        PostedMessage reply = discord.message(interaction.originalMessageId().orElseThrow()).orElseThrow();
        assertThat(reply.content()).isEqualTo("imported");
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.channelId()).isEqualTo(shopChannel);
    }

    @Test
    void aSecondAcknowledgementIsRefusedWith40060() throws Exception {
        on(SlashCommandInteractionEvent.class, event -> event.deferReply().queue());
        connect();

        InjectedInteraction interaction = discord.slashCommand(buyer, shopChannel, "shop");
        assertThat(discord.awaitCallback(interaction).status()).isEqualTo(200);
        // JDA itself refuses a second reply, so the second acknowledgement is sent by hand.
        try (Response second = rawCallback(interaction, "{\"type\":4,\"data\":{\"content\":\"again\"}}")) {
            assertThat(second.code()).isEqualTo(400);
            assertThat(discordCode(second)).isEqualTo(40060);
        }
        assertThat(interaction.callbackType()).contains(5);
    }

    @Test
    void aLateFirstAcknowledgementIsRefusedWith10062() throws Exception {
        discord.ackDeadline(Duration.ZERO);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        on(SlashCommandInteractionEvent.class, event -> event.reply("too late").queue(
                ok -> failure.complete(null), failure::complete));
        connect();

        discord.slashCommand(buyer, shopChannel, "shop");

        assertThat(failure.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_INTERACTION));
    }

    @Test
    void aDirectMessageToAUserWithClosedDmsFailsWith50007() throws InterruptedException {
        connect();
        discord.closeDirectMessages(buyer);

        assertThatThrownBy(() -> jda.openPrivateChannelById(buyer.id())
                .flatMap(channel -> channel.sendMessage("your key")).complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER));
        assertThat(discord.directMessagesTo(buyer)).isEmpty();

        discord.openDirectMessages(buyer);
        jda.openPrivateChannelById(buyer.id()).flatMap(channel -> channel.sendMessage("your key")).complete();
        assertThat(discord.directMessagesTo(buyer)).extracting(PostedMessage::content).containsExactly("your key");
    }

    @Test
    void aMessageWithAnAttachmentIsRecordedWithItsFileAndCanBeEdited() throws InterruptedException {
        connect();

        Message sent = jda.getTextChannelById(shopChannel).sendMessage("export")
                .addFiles(FileUpload.fromData("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "export.csv")).complete();
        sent.editMessage("export (done)").complete();

        RecordedCall create = discord.awaitCall("POST", "channels/" + shopChannel + "/messages");
        assertThat(create.uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.filename()).isEqualTo("export.csv");
            assertThat(upload.text()).isEqualTo("a,b\n1,2\n");
        });
        assertThat(sent.getAttachments()).extracting(Message.Attachment::getFileName).containsExactly("export.csv");
        PostedMessage seen = discord.messagesIn(shopChannel).get(0);
        assertThat(seen.content()).isEqualTo("export (done)");
        assertThat(seen.edits()).isEqualTo(1);
        assertThat(seen.files()).extracting(Upload::filename).containsExactly("export.csv");
    }

    @Test
    void aRateLimitIsHonouredAndTheRequestRetried() throws InterruptedException {
        connect();
        discord.rateLimitOnce("POST", "channels/\\d+/messages", Duration.ofMillis(200));

        jda.getTextChannelById(shopChannel).sendMessage("hello").complete();

        assertThat(discord.calls("POST", "channels/\\d+/messages")).extracting(RecordedCall::status)
                .containsExactly(429, 200);
        assertThat(discord.messagesIn(shopChannel)).extracting(PostedMessage::content).containsExactly("hello");
    }

    @Test
    void aButtonOpensAModalWhoseSubmitCarriesTextAndAnUploadedFile() throws Exception {
        CompletableFuture<String> submitted = new CompletableFuture<>();
        onEvent.set(event -> {
            if (event instanceof ButtonInteractionEvent click) {
                click.replyModal(Modal.create("proof-modal", "Payment proof")
                        .addComponents(Label.of("Note", TextInput.create("note", TextInputStyle.SHORT).build()),
                                Label.of("Proof", AttachmentUpload.create("proof").build()))
                        .build()).queue();
            } else if (event instanceof ModalInteractionEvent modal) {
                List<Message.Attachment> files = modal.getValue("proof").getAsAttachmentList();
                submitted.complete(modal.getModalId() + "|" + modal.getValue("note").getAsString() + "|"
                        + files.get(0).getFileName());
                modal.reply("received").setEphemeral(true).queue();
            }
        });
        connect();
        PostedMessage payMessage = postWithButton("Pay here", Button.primary("pay", "I paid"));

        InjectedInteraction click = discord.buttonClick(buyer, payMessage, "pay");
        assertThat(discord.awaitCallback(click).json().path("type").asInt()).isEqualTo(9);
        assertThat(click.modal().orElseThrow().path("custom_id").asText()).isEqualTo("proof-modal");
        InjectedInteraction submit = discord.modalSubmit(buyer, payMessage, "proof-modal",
                ModalField.text("note", "paid by bank"),
                ModalField.files("proof", new StandInFile("receipt.png", "image/png", new byte[] {1, 2, 3})));

        assertThat(submitted.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isEqualTo("proof-modal|paid by bank|receipt.png");
        assertThat(discord.awaitCallback(submit).status()).isEqualTo(200);
    }

    @Test
    void aButtonClickCanUpdateTheClickedMessage() throws Exception {
        on(ButtonInteractionEvent.class, click -> click.editMessage("Approved by " + click.getUser().getName())
                .setComponents(ActionRow.of(Button.success("approve", "Approve").asDisabled())).queue());
        connect();
        PostedMessage request = postWithButton("Manual payment", Button.success("approve", "Approve"));

        InjectedInteraction click = discord.buttonClick(buyer, request, "approve");

        assertThat(discord.awaitCallback(click).json().path("type").asInt()).isEqualTo(7);
        PostedMessage updated = discord.message(request.id()).orElseThrow();
        assertThat(updated.content()).isEqualTo("Approved by buyer");
        assertThat(updated.isDisabled("approve")).isTrue();
    }

    @Test
    void afterTheGatewayDropsJdaResumesAndTheNextInteractionIsServed() throws Exception {
        on(SlashCommandInteractionEvent.class, event -> event.reply("still here").queue());
        connect();

        discord.dropGateway();
        discord.awaitResumed(1);
        InjectedInteraction interaction = discord.slashCommand(buyer, shopChannel, "shop");

        assertThat(discord.awaitCallback(interaction).json().path("data").path("content").asText())
                .isEqualTo("still here");
        assertThat(discord.identifyCount()).as("resumed, not identified again").isEqualTo(1);
        assertThat(discord.resumeCount()).isEqualTo(1);
    }

    @Test
    void afterTheNetworkDropsJdaReconnectsResumesAndTheNextInteractionIsServed() throws Exception {
        on(SlashCommandInteractionEvent.class, event -> event.reply("back").queue());
        connect();

        discord.dropNetwork();
        discord.awaitResumed(1);
        InjectedInteraction interaction = discord.slashCommand(buyer, shopChannel, "shop");

        assertThat(discord.awaitCallback(interaction).json().path("data").path("content").asText()).isEqualTo("back");
        assertThat(discord.identifyCount()).isEqualTo(1);
    }

    @Test
    void aSlashCommandInTheBotsDmsArrivesWithoutAGuild() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        on(SlashCommandInteractionEvent.class, event -> {
            seen.complete(event.isFromGuild() + "|" + event.getChannelType() + "|" + event.getUser().getName());
            event.reply("hi").queue();
        });
        connect();

        InjectedInteraction interaction = discord.slashCommand(buyer, discord.directMessageChannelId(buyer), "licenses");

        assertThat(seen.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("false|PRIVATE|buyer");
        assertThat(discord.awaitAnswer(interaction).content()).isEqualTo("hi");
        assertThat(discord.directMessagesTo(buyer)).extracting(PostedMessage::content).containsExactly("hi");
    }

    @Test
    void aSelectMenuChoiceReachesTheListener() throws Exception {
        CompletableFuture<List<String>> picked = new CompletableFuture<>();
        onEvent.set(event -> {
            if (event instanceof net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent select) {
                picked.complete(select.getValues());
                select.deferEdit().queue();
            }
        });
        connect();
        Message sent = jda.getTextChannelById(shopChannel).sendMessage("Pick").addComponents(ActionRow.of(
                net.dv8tion.jda.api.components.selections.StringSelectMenu.create("type")
                        .addOption("Weekly", "weekly").addOption("Monthly", "monthly").build())).complete();

        InjectedInteraction select = discord.selectMenu(buyer, discord.message(sent.getIdLong()).orElseThrow(), "type",
                "monthly");

        assertThat(picked.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).containsExactly("monthly");
        assertThat(discord.awaitCallback(select).json().path("type").asInt()).isEqualTo(6);
    }

    @Test
    void channelsAndMemberRolesChangeAsTheBotAsks() throws InterruptedException {
        long roleId = guild.addRole("licensed", 0);
        connect();
        net.dv8tion.jda.api.entities.Guild jdaGuild = jda.getGuildById(guild.id());

        net.dv8tion.jda.api.entities.channel.concrete.TextChannel created = jdaGuild.createTextChannel("ticket-buyer")
                .complete();
        assertThat(guild.channelNamed("ticket-buyer")).isPresent();
        created.delete().complete();
        assertThat(guild.channelNamed("ticket-buyer")).isEmpty();

        jdaGuild.addRoleToMember(net.dv8tion.jda.api.entities.UserSnowflake.fromId(buyer.id()),
                jdaGuild.getRoleById(roleId)).complete();
        assertThat(guild.rolesOf(buyer.id())).containsExactly(roleId);
        jdaGuild.removeRoleFromMember(net.dv8tion.jda.api.entities.UserSnowflake.fromId(buyer.id()),
                jdaGuild.getRoleById(roleId)).complete();
        assertThat(guild.rolesOf(buyer.id())).isEmpty();
    }

    @Test
    void aPersonsMessageMentioningTheBotReachesItWithItsAttachment() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        on(net.dv8tion.jda.api.events.message.MessageReceivedEvent.class, event -> seen.complete(
                event.getAuthor().getName() + "|" + event.getMessage().getMentions().isMentioned(jda.getSelfUser())
                        + "|" + event.getMessage().getAttachments().get(0).getFileName()));
        connect();

        discord.personPosts(buyer, shopChannel, "<@" + discord.botUser().idString() + "> proof",
                new StandInFile("proof.png", "image/png", new byte[] {1, 2}));

        assertThat(seen.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("buyer|true|proof.png");
    }

    @Test
    void membersJoiningAndLeavingReachJda() throws Exception {
        CompletableFuture<String> joined = new CompletableFuture<>();
        CompletableFuture<String> left = new CompletableFuture<>();
        onEvent.set(event -> {
            if (event instanceof net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent join) {
                joined.complete(join.getUser().getName());
            } else if (event instanceof net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent remove) {
                left.complete(remove.getUser().getName());
            }
        });
        connect(EnumSet.of(GatewayIntent.GUILD_MEMBERS));

        discord.memberLeaves(guild, buyer);
        assertThat(left.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("buyer");
        discord.memberJoins(guild, buyer);
        assertThat(joined.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("buyer");
    }

    @Test
    void deferredRepliesAreCompletedThroughTheWebhookRoutes() throws Exception {
        on(SlashCommandInteractionEvent.class, event -> event.deferReply(true).queue(hook -> {
            hook.editOriginal("your licenses").queue();
            hook.sendMessage("follow-up").queue();
        }));
        connect();

        InjectedInteraction interaction = discord.slashCommand(buyer, shopChannel, "licenses");

        discord.awaitCall("PATCH", "webhooks/\\d+/.+/messages/@original");
        discord.awaitCall("POST", "webhooks/\\d+/[^/]+");
        PostedMessage original = discord.message(interaction.originalMessageId().orElseThrow()).orElseThrow();
        assertThat(original.content()).isEqualTo("your licenses");
        assertThat(original.ephemeral()).isTrue();
        assertThat(discord.messagesIn(shopChannel)).extracting(PostedMessage::content)
                .containsExactly("your licenses", "follow-up");
    }

    private PostedMessage postWithButton(String text, Button button) {
        Message sent = jda.getTextChannelById(shopChannel).sendMessage(text).addComponents(ActionRow.of(button))
                .complete();
        return discord.message(sent.getIdLong()).orElseThrow();
    }

    private Response rawCallback(InjectedInteraction interaction, String json) throws java.io.IOException {
        return rawPost("interactions/" + interaction.id() + "/" + interaction.token() + "/callback", json);
    }

    private Response rawPost(String path, String json) throws java.io.IOException {
        Request request = new Request.Builder()
                .url(discord.restBaseUrl() + path)
                .post(RequestBody.create(json, MediaType.get("application/json")))
                .build();
        return new OkHttpClient().newCall(request).execute();
    }

    private static int discordCode(Response response) throws java.io.IOException {
        return Json.parse(response.body().string()).path("code").asInt();
    }

    @Test
    void aFollowUpBeforeTheAcknowledgementOrWithAnUnknownTokenFindsNoWebhook() throws Exception {
        connect();
        InjectedInteraction interaction = discord.slashCommand(buyer, shopChannel, "shop");
        String followUp = "{\"content\":\"early\"}";

        try (Response early = rawPost("webhooks/" + discord.applicationId() + "/" + interaction.token(), followUp);
                Response unknown = rawPost("webhooks/" + discord.applicationId() + "/no-such-token", followUp)) {
            assertThat(early.code()).isEqualTo(404);
            assertThat(discordCode(early)).isEqualTo(10015);
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(discordCode(unknown)).isEqualTo(10015);
        }
    }

    @Test
    void anExpiredTokenRefusesTheEditWith50027() throws Exception {
        discord.tokenLifetime(Duration.ZERO);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        on(SlashCommandInteractionEvent.class, event -> event.deferReply().queue(hook -> hook.editOriginal("late")
                .queue(ok -> failure.complete(null), failure::complete)));
        connect();

        discord.slashCommand(buyer, shopChannel, "shop");

        assertThat(failure.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(50027));
    }

    @Test
    void anInjectedFailureAnswersOnceWithItsDiscordCode() throws InterruptedException {
        connect();
        discord.failOnce("POST", "guilds/\\d+/channels", 403, 50013, "Missing Permissions");
        net.dv8tion.jda.api.entities.Guild jdaGuild = jda.getGuildById(guild.id());

        assertThatThrownBy(() -> jdaGuild.createTextChannel("ticket-1").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.MISSING_PERMISSIONS));
        jdaGuild.createTextChannel("ticket-1").complete();
        assertThat(guild.channelNamed("ticket-1")).isPresent();
    }

    @Test
    void aModalCannotAnswerAModalSubmit() throws Exception {
        connect();
        InjectedInteraction submit = discord.modalSubmit(buyer, shopChannel, "form", ModalField.text("note", "x"));

        try (Response modal = rawCallback(submit, "{\"type\":9,\"data\":{\"custom_id\":\"again\",\"title\":\"Again\","
                + "\"components\":[{\"type\":18,\"label\":\"Why\",\"component\":{\"type\":4,\"custom_id\":\"why\","
                + "\"style\":1}}]}}")) {
            assertThat(modal.code()).isEqualTo(400);
            assertThat(discordCode(modal)).isEqualTo(50035);
        }
        assertThat(submit.callbackType()).isEmpty();
    }

}
