package org.awpt.application.cooldown;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;

/** Cooldowns kept in a {@link CooldownBook}; admins read and reset them. */
public final class CooldownService implements CooldownUseCase {
    private final CooldownBook book;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;

    /** A service over this book. */
    public CooldownService(CooldownBook book, Authorization authorization, Auditor auditor, Clock clock) {
        this.book = Objects.requireNonNull(book, "book");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void check(DiscordUserId user, CooldownAction action) {
        book.check(user, action);
    }

    @Override
    public void recordFailure(DiscordUserId user, CooldownAction action) {
        book.recordFailure(user, action);
    }

    @Override
    public void recordSuccess(DiscordUserId user, CooldownAction action) {
        book.recordSuccess(user, action);
    }

    @Override
    public List<CooldownState> status(Requester admin, DiscordUserId user) {
        authorization.requireAdmin(admin, "view cooldowns");
        Instant now = clock.instant();
        return CooldownAction.ALL.stream().map(action -> {
            Cooldown cooldown = book.of(user, action);
            return new CooldownState(action, cooldown.failures(),
                    now.isBefore(cooldown.until()) ? Optional.of(cooldown.until()) : Optional.empty());
        }).toList();
    }

    @Override
    public List<CooldownAction> reset(Requester admin, DiscordUserId user, Optional<CooldownAction> action) {
        Actor actor = authorization.requireAdmin(admin, "reset cooldowns");
        List<CooldownAction> cleared = new ArrayList<>();
        for (CooldownAction each : action.map(List::of).orElse(CooldownAction.ALL)) {
            // Resetting one action clears it whatever it held; resetting all clears (and audits) what was counted.
            if (action.isPresent() || book.of(user, each).failures() > 0) {
                book.clear(user, each);
                auditor.record(actor.id(), AuditAction.COOLDOWN_RESET, user.asString(), Map.of("action", each.code()));
                cleared.add(each);
            }
        }
        return cleared;
    }
}
