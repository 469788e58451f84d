package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.ActorId;
import org.awpt.domain.ConsoleOperator;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does: the fake and every real adapter extend this suite. */
public abstract class AuditLogContract {
    /** When the first test event happened. */
    protected static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId ADMIN = new DiscordUserId(999_999_999_999L);
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static final AuditQuery EVERYTHING = new AuditQuery(Optional.empty(), Optional.empty(), 10_000);

    /** The log under test, new and empty for each test. */
    protected AuditLog log;

    /** A new, empty audit log. */
    protected abstract AuditLog newAuditLog();

    @BeforeEach
    void setUpLog() {
        log = newAuditLog();
    }

    @Test
    void anEmptyLogHasNoRecentEvents() {
        assertThat(log.recent(EVERYTHING)).isEmpty();
    }

    @Test
    void eventsRoundTripWithTheirDetails() {
        AuditEvent revoked = event(1, T0, ADMIN, AuditAction.KEY_REVOKED,
                Map.of("reason", "chargeback", "type", "weekly", "key", "ABCD\u2022\u2022\u2022\u2022WXYZ"));
        AuditEvent byTheShop = event(2, T0.plusSeconds(1), null, AuditAction.PAYMENT_EXPIRED, Map.of());
        log.append(revoked);
        log.append(byTheShop);

        assertThat(log.recent(EVERYTHING)).containsExactly(byTheShop, revoked);
    }

    @Test
    void eventsFromBeforeTheCutoffAreDeletedWithTheirDetailsAndLaterOnesKept() {
        AuditEvent oldest = event(1, T0, ADMIN, AuditAction.KEY_REVOKED, Map.of("reason", "chargeback"));
        AuditEvent old = event(2, T0.plusSeconds(10), null, AuditAction.PAYMENT_EXPIRED, Map.of());
        AuditEvent atTheCutoff = event(3, T0.plusSeconds(20), BUYER, AuditAction.PAYMENT_SUBMITTED,
                Map.of("type", "weekly"));
        AuditEvent later = event(4, T0.plusSeconds(30), ADMIN, AuditAction.KEYS_IMPORTED, Map.of("imported", "3"));
        log.append(atTheCutoff);
        log.append(oldest);
        log.append(later);
        log.append(old);

        assertThat(log.deleteBefore(T0.plusSeconds(20))).isEqualTo(2);

        assertThat(log.recent(EVERYTHING)).containsExactly(later, atTheCutoff);
        assertThat(log.deleteBefore(T0.plusSeconds(20))).isZero();
    }

    @Test
    void theConsolesOperatorIsKeptAndFoundAsTheActor() {
        ConsoleOperator console = new ConsoleOperator("alice");
        AuditEvent imported = event(1, T0, console, AuditAction.KEYS_IMPORTED, Map.of("imported", "3"));
        AuditEvent byAnAdmin = event(2, T0.plusSeconds(1), ADMIN, AuditAction.KEYS_IMPORTED, Map.of());
        log.append(imported);
        log.append(byAnAdmin);

        assertThat(log.recent(EVERYTHING)).containsExactly(byAnAdmin, imported);
        assertThat(log.recent(query(console, null, 10))).containsExactly(imported);
        assertThat(log.recent(query(ADMIN, null, 10))).containsExactly(byAnAdmin);
    }

    @Test
    void recentEventsComeNewestFirstWhateverTheOrderTheyWereAppendedIn() {
        AuditEvent second = event(1, T0.plusSeconds(20), ADMIN, AuditAction.KEYS_IMPORTED, Map.of());
        AuditEvent first = event(2, T0.plusSeconds(10), BUYER, AuditAction.PAYMENT_SUBMITTED, Map.of());
        AuditEvent third = event(3, T0.plusSeconds(30), null, AuditAction.STOCK_LEVEL_CHANGED, Map.of());
        log.append(second);
        log.append(first);
        log.append(third);

        assertThat(log.recent(EVERYTHING)).containsExactly(third, second, first);
    }

    @Test
    void recentEventsAreFilteredByActorAndActionAndCutAtTheLimit() {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            DiscordUserId actor = i % 2 == 0 ? ADMIN : BUYER;
            AuditAction action = i < 3 ? AuditAction.KEY_REVOKED : AuditAction.LOCKDOWN_CHANGED;
            events.add(event(i, T0.plusSeconds(i), actor, action, Map.of("n", Integer.toString(i))));
        }
        events.add(event(6, T0.plusSeconds(6), null, AuditAction.KEY_REVOKED, Map.of()));
        events.forEach(log::append);

        assertThat(log.recent(query(ADMIN, null, 100))).containsExactly(events.get(4), events.get(2), events.get(0));
        assertThat(log.recent(query(null, AuditAction.KEY_REVOKED, 100)))
                .containsExactly(events.get(6), events.get(2), events.get(1), events.get(0));
        assertThat(log.recent(query(BUYER, AuditAction.LOCKDOWN_CHANGED, 100)))
                .containsExactly(events.get(5), events.get(3));
        assertThat(log.recent(query(BUYER, AuditAction.KEYS_EXPORTED, 100))).isEmpty();
        assertThat(log.recent(query(null, null, 2))).containsExactly(events.get(6), events.get(5));
        assertThat(log.recent(query(ADMIN, null, 1))).containsExactly(events.get(4));
    }

    @Test
    void concurrentAppendsAreAllKept() throws Exception {
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.add(() -> {
                for (int i = 0; i < 25; i++) {
                    int n = writer * 100 + i;
                    log.append(event(n, T0.plusSeconds(n), ADMIN, AuditAction.KEY_TOLD, Map.of()));
                }
                return writer;
            });
        }

        Race.all(writers);

        List<AuditEvent> all = log.recent(EVERYTHING);
        assertThat(all).hasSize(200);
        assertThat(all).extracting(AuditEvent::id).doesNotHaveDuplicates();
        assertThat(all).extracting(AuditEvent::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    private static AuditQuery query(ActorId actor, AuditAction action, int limit) {
        return new AuditQuery(Optional.ofNullable(actor), Optional.ofNullable(action), limit);
    }

    private static AuditEvent event(int n, Instant at, ActorId actor, AuditAction action,
            Map<String, String> details) {
        return new AuditEvent(String.format("event%017d", n), at, actor, action, "subject-" + n, details);
    }
}
