package org.awpt.application.fake;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;

/** Cooldowns in memory; thread-safe, the last write wins. */
public final class InMemoryCooldownStore implements CooldownStore, StoredRecords<Cooldown> {
    private final Map<Slot, Cooldown> cooldowns = new ConcurrentHashMap<>();

    @Override
    public Optional<Cooldown> find(DiscordUserId user, CooldownAction action) {
        return Optional.ofNullable(cooldowns.get(new Slot(user, action)));
    }

    @Override
    public void save(Cooldown cooldown) {
        cooldowns.put(new Slot(cooldown.user(), cooldown.action()), cooldown);
    }

    private record Slot(DiscordUserId user, CooldownAction action) {
        Slot {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(action, "action");
        }
    }

    @Override
    public RecordScan exportAll(Consumer<? super Cooldown> sink) {
        return FakeRecords.exportSorted(cooldowns.values(), Comparator.comparing((Cooldown c) -> c.user().asString())
                .thenComparing(c -> c.action().code()), sink);
    }

    @Override
    public CopyOutcome importPreserving(List<? extends Cooldown> records) {
        return FakeRecords.importInto(cooldowns, cooldown -> new Slot(cooldown.user(), cooldown.action()), records);
    }
}
