package org.awpt.adapters.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.discord.runtime.DiscordSettings;
import org.awpt.adapters.discord.runtime.ErrorMapper;
import org.awpt.adapters.discord.runtime.InteractionRouter;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's graceful shutdown with the real bot runtime and real JDA against the stand-in: stop taking
 * interactions, finish those in flight, then close JDA.
 */
class DiscordBotShutdownTest {

    private final Messages messages = Messages.english();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final CountDownLatch slowMayFinish = new CountDownLatch(1);
    private final AtomicInteger quickRuns = new AtomicInteger();
    private Thread.UncaughtExceptionHandler previousHandler;
    private DiscordStandIn discord;
    private StandInGuild guild;
    private long channel;
    private StandInUser buyer;

    @BeforeEach
    void start() {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
        discord = DiscordStandIn.start();
        guild = discord.addGuild("AWPT Shop");
        channel = guild.addTextChannel("shop");
        buyer = discord.addUser("buyer");
        guild.addMember(buyer);
    }

    @AfterEach
    void stop() {
        slowMayFinish.countDown();
        discord.close();
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    private CommandHandler command(String name, Function<Invocation, Reply> work) {
        return new CommandHandler() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reply handle(Invocation invocation) {
                return work.apply(invocation);
            }
        };
    }

    private Reply slow(Invocation invocation) {
        slowStarted.countDown();
        try {
            if (!slowMayFinish.await(DiscordStandIn.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the test never let the slow handler finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("slow handler interrupted", e);
        }
        return Reply.privateText("slow work done");
    }

    @Test
    void aHandlerInFlightStillAnswersWhileNewInteractionsAreRefusedAndJdaClosesLast() throws Exception {
        DiscordSettings settings = new DiscordSettings(discord.token(), List.of(guild.id()), false, Optional.empty(),
                Optional.of(1L), Set.of(), Set.of(), Optional.empty(), Optional.of(discord.restBaseUrl()),
                Optional.of(discord.gatewayUrl()), 2, 10, Locale.ENGLISH);
        DiscordBot bot = new DiscordBot(settings);
        InteractionRouter router = new InteractionRouter(bot.handlerPool(), new ErrorMapper(messages), messages,
                List.of(command("slow", this::slow), command("quick", invocation -> {
                    quickRuns.incrementAndGet();
                    return Reply.privateText("quick work done");
                })), List.of(), List.of());
        JDA jda = bot.start(List.of(router), List.of(Commands.slash("slow", "Slow"), Commands.slash("quick", "Quick")));

        InjectedInteraction inFlight = discord.slashCommand(buyer, channel, "slow");
        assertThat(slowStarted.await(DiscordStandIn.WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(bot::shutdown);
        DiscordStandIn.awaitTrue(() -> bot.handlerPool().isShutdown(), "the bot to stop taking interactions");

        InjectedInteraction late = discord.slashCommand(buyer, channel, "quick");
        PostedMessage refusal = discord.awaitAnswer(late);
        assertThat(refusal.visibleText()).isEqualTo(messages.get("error.restarting"));
        assertThat(refusal.ephemeral()).isTrue();
        assertThat(stopped).isNotDone();
        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);

        slowMayFinish.countDown();
        assertThat(discord.awaitAnswer(inFlight).visibleText()).isEqualTo("slow work done");
        stopped.get(DiscordStandIn.WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(jda.getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
        assertThat(quickRuns).hasValue(0);
        assertThat(uncaught).isEmpty();
        assertThat(discord.unacknowledgedInteractions()).isEmpty();
        assertThat(discord.unexpectedCalls()).isEmpty();
    }
}
