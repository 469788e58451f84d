package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.awpt.adapters.mongo.repository.MongoProofStore;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.ProofStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit log, lockdowns, cooldowns and proofs on the memory backend. */
class SmallStoresTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId ADMIN = new DiscordUserId(999);
    private static final DiscordUserId BUYER = new DiscordUserId(111);

    private MongoPersistence persistence;

    @BeforeEach
    void freshDatabase() {
        persistence = MONGO.freshPersistence();
    }

    @Test
    void theAuditLogListsNewestFirstFilteredAndLimitedWithTiesInArrivalOrder() {
        AuditLog log = persistence.auditLog();
        AuditEvent first = event("e1", T0, ADMIN, AuditAction.KEYS_IMPORTED, Map.of("count", "10", "file.name", "a"));
        AuditEvent second = event("e2", T0.plusSeconds(5), BUYER, AuditAction.PAYMENT_SUBMITTED, Map.of());
        AuditEvent sameInstant = event("e3", T0.plusSeconds(5), ADMIN, AuditAction.PAYMENT_APPROVED, Map.of());
        AuditEvent bySystem = event("e4", T0.plusSeconds(1), null, AuditAction.PAYMENT_EXPIRED, Map.of());
        log.append(first);
        log.append(second);
        log.append(sameInstant);
        log.append(bySystem);
        log.append(first);

        assertThat(log.recent(new AuditQuery(Optional.empty(), Optional.empty(), 10)))
                .containsExactly(sameInstant, second, bySystem, first);
        assertThat(log.recent(new AuditQuery(Optional.of(ADMIN), Optional.empty(), 10)))
                .containsExactly(sameInstant, first);
        assertThat(log.recent(new AuditQuery(Optional.empty(), Optional.of(AuditAction.KEYS_IMPORTED), 10)))
                .containsExactly(first);
        assertThat(log.recent(new AuditQuery(Optional.empty(), Optional.empty(), 2))).containsExactly(sameInstant, second);
        assertThat(log.recent(new AuditQuery(Optional.empty(), Optional.empty(), 10)).get(3).details())
                .containsEntry("file.name", "a").containsEntry("count", "10");
    }

    @Test
    void lockdownsAreStoredPerFeatureAndTheLastSwitchWins() {
        LockdownStore lockdowns = persistence.lockdowns();
        Lockdown locked = new Lockdown(Feature.IMPORTS, true, ADMIN, T0, "audit");
        Lockdown gcash = new Lockdown(Feature.paymentMethod("gcash"), true, ADMIN, T0, null);
        Lockdown reopened = new Lockdown(Feature.IMPORTS, false, ADMIN, T0.plusSeconds(60), "done");

        assertThat(lockdowns.find(Feature.IMPORTS)).isEmpty();
        lockdowns.save(locked);
        lockdowns.save(gcash);
        assertThat(lockdowns.find(Feature.IMPORTS)).contains(locked);
        lockdowns.save(reopened);

        assertThat(lockdowns.find(Feature.IMPORTS)).contains(reopened);
        assertThat(lockdowns.all()).containsExactly(gcash, reopened);
        assertThat(lockdowns.find(Feature.KEY_REQUESTS)).isEmpty();
    }

    @Test
    void cooldownsAreStoredPerUserAndActionIncludingAFreshOne() {
        CooldownStore cooldowns = persistence.cooldowns();
        Cooldown cooling = new Cooldown(BUYER, CooldownAction.ROBUX_VERIFICATION, 3, T0.plusSeconds(300));
        Cooldown other = new Cooldown(BUYER, CooldownAction.OPEN_TICKET, 1, T0.plusSeconds(10));

        cooldowns.save(cooling);
        cooldowns.save(other);
        assertThat(cooldowns.find(BUYER, CooldownAction.ROBUX_VERIFICATION)).contains(cooling);
        cooldowns.save(cooling.afterSuccess());

        assertThat(cooldowns.find(BUYER, CooldownAction.ROBUX_VERIFICATION)).contains(cooling.afterSuccess());
        assertThat(cooldowns.find(BUYER, CooldownAction.ROBUX_VERIFICATION).orElseThrow().until())
                .isEqualTo(Instant.MIN);
        assertThat(cooldowns.find(BUYER, CooldownAction.OPEN_TICKET)).contains(other);
        assertThat(cooldowns.find(ADMIN, CooldownAction.OPEN_TICKET)).isEmpty();
    }

    @Test
    void proofsAreKeptAndLoadedByTheirIdAndOversizedOnesRefused() {
        ProofStore proofs = persistence.proofs();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        SessionId session = new SessionId("session-0000000001");

        String id = proofs.store(session, ProofFormat.PNG, png);
        String another = proofs.store(session, ProofFormat.PNG, new byte[] {1});
        png[8] = 9;

        assertThat(id).isNotEqualTo(another);
        assertThat(proofs.load(id)).hasValueSatisfying(bytes -> assertThat(bytes)
                .containsExactly((byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3));
        assertThat(proofs.load("000000000000000000000000")).isEmpty();
        assertThat(proofs.load("not an id")).isEmpty();
        assertThatThrownBy(() -> proofs.store(session, ProofFormat.PNG, new byte[MongoProofStore.MAX_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proofs.store(session, ProofFormat.PNG, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditEvent event(String id, Instant at, DiscordUserId actor, AuditAction action,
            Map<String, String> details) {
        return new AuditEvent(id, at, actor, action, "subject-" + id, details);
    }
}
