package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.awpt.adapters.discord.standin.DiscordStandIn;
import org.awpt.adapters.discord.standin.InjectedInteraction;
import org.awpt.adapters.discord.standin.RecordedCall;
import org.awpt.adapters.discord.standin.StandInUser;
import org.awpt.adapters.discord.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starts the real JDA through the bot's own REST and gateway overrides against the Discord stand-in. */
class DiscordBotStartTest {
    private DiscordStandIn discord;
    private StandInUser buyer;

    @BeforeEach
    void startDiscord() {
        discord = DiscordStandIn.start();
        buyer = discord.addUser("buyer");
    }

    @AfterEach
    void stopDiscord() {
        discord.close();
        assertThat(discord.unexpectedCalls()).as("requests outside the stand-in's routes or Discord's API description").isEmpty();
    }

    /** Global commands, no servers: only the overrides point the bot at the stand-in. */
    private DiscordSettings settings() {
        return new DiscordSettings(discord.token(), List.of(), true, Optional.empty(), Optional.of(1L),
                Set.of(), Set.of(), Optional.empty(), Optional.of(discord.restBaseUrl()),
                Optional.of(discord.gatewayUrl()), 1, 10, Locale.ROOT);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSlashCommandIsDeferredThenAnsweredInPlace() throws Exception {
        DiscordBot bot = new DiscordBot(settings());
        CommandHandler ping = new CommandHandler() {
            @Override
            public String name() {
                return "ping";
            }

            @Override
            public Reply handle(Invocation invocation) {
                return Reply.privateText("pong " + invocation.user());
            }
        };
        Messages messages = Messages.english();
        InteractionRouter router = new InteractionRouter(bot.handlerPool(), new ErrorMapper(messages), messages,
                List.of(ping), List.of(), List.of());
        try {
            bot.start(List.of(router), List.of());
            InjectedInteraction interaction = discord.slashCommand(buyer, discord.directMessageChannelId(buyer),
                    "ping");

            RecordedCall callback = discord.awaitCallback(interaction);
            assertThat(callback.path()).isEqualTo("interactions/" + interaction.id() + "/" + interaction.token()
                    + "/callback");
            assertThat(callback.json().path("type").asInt()).isEqualTo(5);
            assertThat(callback.json().path("data").path("flags").asInt()).isEqualTo(64);
            RecordedCall answer = discord.awaitCall("PATCH",
                    "webhooks/" + discord.applicationId() + "/" + interaction.token() + "/messages/@original");
            assertThat(answer.json().path("content").asText()).isEqualTo("pong " + buyer.id());
            assertThat(discord.awaitAnswer(interaction).visibleText()).isEqualTo("pong " + buyer.id());
        } finally {
            bot.shutdown();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void connectsThroughTheOverridesAndRegistersTheCommandsGlobally() throws Exception {
        DiscordBot bot = new DiscordBot(settings());
        assertThat(bot.isConnected()).as("not started").isFalse();
        try {
            JDA jda = bot.start(List.of(), new SlashCommands(Messages.english(), List.of("weekly"), List.of("robux"),
                    List.of("key_revoked")).all());
            assertThat(bot.isConnected()).as("started").isTrue();

            assertThat(jda.getSelfUser().getName()).isEqualTo(discord.botUser().username());
            RecordedCall registration = discord.awaitCall("PUT", "applications/" + discord.applicationId()
                    + "/commands");
            assertThat(discord.calls("PUT", "applications/.*/commands")).containsExactly(registration);
            assertThat(registration.json().toString()).contains("\"license\"").contains("\"requestkeys\"")
                    .contains("\"panel\"");
            assertThat(discord.calls("GET", "users/@me")).isNotEmpty();
        } finally {
            bot.shutdown();
        }
        assertThat(bot.isConnected()).as("shut down").isFalse();
    }
}
