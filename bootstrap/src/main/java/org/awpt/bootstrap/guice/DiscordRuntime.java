package org.awpt.bootstrap.guice;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.awpt.adapters.discord.runtime.BotListener;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.access.Feature;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;

/**
 * Connects the bot with every JDA listener bound in {@link DiscordModule}'s set (once the injector is
 * built) and disconnects it, letting handlers in flight finish.
 */
public final class DiscordRuntime implements AutoCloseable {
    private final DiscordBot bot;
    private final List<BotListener> listeners;
    private final ShopSettings shop;
    private final Messages messages;
    private volatile boolean closed;

    @Inject
    DiscordRuntime(DiscordBot bot, Set<BotListener> listeners, ShopSettings shop, Messages messages) {
        this.bot = bot;
        this.listeners = List.copyOf(listeners);
        this.shop = shop;
        this.messages = messages;
    }

    /** Connects to Discord, waits until ready and registers the slash commands. */
    public void start() throws InterruptedException {
        List<String> features = new ArrayList<>(shop.methods().all().stream().map(PaymentMethod::code).toList());
        features.add(Feature.KEY_REQUESTS.code());
        features.add(Feature.IMPORTS.code());
        SlashCommands commands = new SlashCommands(messages,
                shop.types().codes().stream().map(LicenseTypeCode::value).toList(), features,
                Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        bot.start(listeners, commands.all());
    }

    /**
     * Whether the bot is connected to Discord now (live, so a lost connection shows while JDA
     * reconnects) and not stopping: readiness says "down" as soon as shutdown begins.
     */
    public boolean isConnected() {
        return !closed && bot.isConnected();
    }

    /** Stops taking interactions, lets those in flight finish, disconnects. */
    @Override
    public void close() {
        closed = true;
        bot.shutdown();
    }
}
