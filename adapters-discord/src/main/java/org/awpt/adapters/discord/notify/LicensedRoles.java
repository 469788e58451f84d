package org.awpt.adapters.discord.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the optional licensed role in step with the licenses: taken away when a license expires or
 * is revoked and no other one is active, given back to a holder who rejoins the server. Reads the
 * inventory only; whether a key is active is the domain's {@link LicenseKey#isActiveAt}.
 */
public final class LicensedRoles extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(LicensedRoles.class);
    private static final int SWEEP_BATCH = 500;

    private final LicenseKeyRepository keys;
    private final DiscordOps ops;
    private final List<String> guildIds;
    private final Optional<String> role;
    private final Executor executor;
    private final Clock clock;

    /** Role upkeep in these servers; does nothing when no licensed role is configured. */
    public LicensedRoles(LicenseKeyRepository keys, DiscordOps ops, List<String> guildIds, Optional<String> role,
            Executor executor, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.guildIds = List.copyOf(guildIds);
        this.role = Objects.requireNonNull(role, "role");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes the role from holders whose licenses expired in {@code [from, to)} and who hold no other
     * active one (run periodically, {@code from} being the previous run's {@code to}).
     *
     * @return how many holders lost the role
     */
    public int sweepExpired(Instant from, Instant to) {
        if (role.isEmpty()) {
            return 0;
        }
        List<DiscordUserId> lapsed = keys.expiringBetween(from, to, SWEEP_BATCH).stream().map(LicenseKey::holder)
                .filter(Objects::nonNull).distinct().filter(holder -> !holdsActive(holder)).toList();
        lapsed.forEach(this::take);
        return lapsed.size();
    }

    /** After a revocation: takes the role unless the holder has another active license. */
    public void revoked(LicenseKey key) {
        if (role.isPresent() && key.holder() != null && !holdsActive(key.holder())) {
            take(key.holder());
        }
    }

    @Override
    public void onGuildMemberJoin(GuildMemberJoinEvent event) {
        if (role.isEmpty() || !guildIds.contains(event.getGuild().getId())) {
            return;
        }
        DiscordUserId user = new DiscordUserId(event.getUser().getIdLong());
        String guild = event.getGuild().getId();
        try {
            executor.execute(() -> {
                if (holdsActive(user)) {
                    ops.addRole(guild, user, role.get());
                    LOG.info("gave the licensed role back to {} on rejoining", user);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("licensed role of rejoining {} not checked: the executor is full", user);
        }
    }

    private boolean holdsActive(DiscordUserId holder) {
        Instant now = clock.instant();
        return keys.heldBy(holder).stream().anyMatch(key -> key.isActiveAt(now));
    }

    private void take(DiscordUserId holder) {
        for (String guild : guildIds) {
            try {
                ops.removeRole(guild, holder, role.get());
            } catch (RuntimeException e) {
                LOG.warn("could not take the licensed role from {} in {}", holder, guild, e);
            }
        }
    }
}
