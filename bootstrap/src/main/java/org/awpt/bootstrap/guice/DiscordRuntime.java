package org.awpt.bootstrap.guice;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.awpt.adapters.discord.buyer.ProofUploads;
import org.awpt.adapters.discord.notify.ExpiryReminders;
import org.awpt.adapters.discord.notify.LicensedRoles;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.discord.runtime.InteractionRouter;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.access.Feature;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;

/** Connects the bot (once the injector is built) and disconnects it, letting handlers in flight finish. */
public final class DiscordRuntime implements AutoCloseable {
    /** How far back the first licensed-role sweep looks, so expiries while the bot was down are seen. */
    static final Duration FIRST_ROLE_SWEEP_LOOKBACK = Duration.ofDays(30);

    private final DiscordBot bot;
    private final InteractionRouter router;
    private final ProofUploads uploads;
    private final LicensedRoles roles;
    private final ExpiryReminders reminders;
    private final Clock clock;
    private Instant lastRoleSweep;
    private final ShopSettings shop;
    private final Messages messages;
    private volatile boolean connected;

    @Inject
    DiscordRuntime(DiscordBot bot, InteractionRouter router, ProofUploads uploads, LicensedRoles roles,
            ExpiryReminders reminders, Clock clock, ShopSettings shop, Messages messages) {
        this.bot = bot;
        this.router = router;
        this.uploads = uploads;
        this.roles = roles;
        this.reminders = reminders;
        this.clock = clock;
        this.lastRoleSweep = clock.instant().minus(FIRST_ROLE_SWEEP_LOOKBACK);
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
        bot.start(List.of(router, uploads, roles), commands.all());
        connected = true;
    }

    /** Reminds the holders of licenses that end soon (each once); how many were reminded. */
    public int sendExpiryReminders() {
        return connected ? reminders.sendDue() : 0;
    }

    /** Takes the licensed role from holders whose licenses ended since the last sweep; how many lost it. */
    public synchronized int sweepLicensedRoles() {
        if (!connected) {
            return 0;
        }
        Instant now = clock.instant();
        int lapsed = roles.sweepExpired(lastRoleSweep, now);
        lastRoleSweep = now;
        return lapsed;
    }

    /** Whether the bot connected and has not been stopped. */
    public boolean isConnected() {
        return connected;
    }

    /** Stops taking interactions, lets those in flight finish, disconnects. */
    @Override
    public void close() {
        connected = false;
        bot.shutdown();
    }
}
