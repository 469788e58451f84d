package org.awpt.application.inventory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.port.InsertOutcome;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.importing.ImportPlan;
import org.awpt.domain.importing.ImportReport;
import org.awpt.domain.importing.KeyImportParser;
import org.awpt.domain.importing.NumberedKey;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockStatus;

/** The key inventory for admins, over a {@link LicenseKeyRepository}. */
public final class InventoryService implements InventoryUseCase {
    /** Keys inserted per repository call during an import. */
    static final int IMPORT_BATCH = 1_000;
    /** The most keys a search returns. */
    public static final int MAX_SEARCH_RESULTS = 25;
    /** The most keys on one page of a list. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The days whose sales set the rate that days of stock left are estimated at. */
    public static final int SALES_WINDOW_DAYS = 14;
    /** The longest revocation reason. */
    static final int MAX_REASON = 500;
    private static final Pattern FRAGMENT = Pattern.compile("[A-Za-z0-9]{1,32}");

    private final LicenseKeyRepository keys;
    private final ShopSettings settings;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final LockdownUseCase lockdown;
    private final ShopEvents events;

    /** A service over this inventory; imports and revocations are published as {@link StockChanged}. */
    public InventoryService(LicenseKeyRepository keys, ShopSettings settings, Authorization authorization,
            Auditor auditor, Clock clock, LockdownUseCase lockdown, ShopEvents events) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lockdown = Objects.requireNonNull(lockdown, "lockdown");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public ImportReport importKeys(ImportKeys command) {
        Actor admin = authorization.requireOperator(command.requester(), "import keys");
        lockdown.requireOpen(Feature.IMPORTS);
        LicenseTypeCode type = settings.types().require(command.type()).code();
        ImportPlan plan = new KeyImportParser(settings.importLimits()).parse(command.file());
        Instant now = clock.instant();
        int imported = 0;
        List<Integer> alreadyPresentLines = new ArrayList<>();
        List<NumberedKey> lines = plan.keys();
        int batches = Math.max(1, (lines.size() + IMPORT_BATCH - 1) / IMPORT_BATCH);
        for (int batch = 1; batch < batches; batch++) {
            // Each batch is its own commit: audited as it lands, so an import killed midway still
            // leaves an audit event for every key it added.
            int added = insertBatch(lines, batch, type, now, alreadyPresentLines);
            imported += added;
            auditor.record(admin.id(), AuditAction.KEYS_IMPORTED, type.value(), Map.of(
                    "imported", Integer.toString(added), "batch", batch + "/" + batches));
        }
        int lastAdded = insertBatch(lines, batches, type, now, alreadyPresentLines);
        imported += lastAdded;
        ImportReport report = new ImportReport(type, imported, plan.invalidLines(), plan.duplicateLines(),
                alreadyPresentLines, plan.firstInvalidShape());
        Map<String, String> details = new HashMap<>(Map.of(
                "imported", Integer.toString(batches == 1 ? report.imported() : lastAdded),
                "invalid", Integer.toString(report.invalidLines().size()),
                "duplicates", Integer.toString(report.duplicateLines().size()),
                "alreadyPresent", Integer.toString(report.alreadyPresentLines().size())));
        if (batches > 1) {
            details.put("batch", batches + "/" + batches);
            details.put("importedTotal", Integer.toString(report.imported()));
        }
        auditor.record(admin.id(), AuditAction.KEYS_IMPORTED, type.value(), details);
        stockChanged(type);
        return report;
    }

    /** Inserts batch {@code number} (from 1) of the lines, noting the lines already present; returns the keys added. */
    private int insertBatch(List<NumberedKey> lines, int number, LicenseTypeCode type, Instant now,
            List<Integer> alreadyPresentLines) {
        int from = (number - 1) * IMPORT_BATCH;
        List<NumberedKey> batch = lines.subList(Math.min(from, lines.size()), Math.min(lines.size(), from + IMPORT_BATCH));
        if (batch.isEmpty()) {
            return 0;
        }
        InsertOutcome outcome = keys.insertAll(batch.stream().map(line -> LicenseKey.inStock(line.code(), type, now))
                .toList());
        for (NumberedKey line : batch) {
            if (outcome.alreadyPresent().contains(line.code())) {
                alreadyPresentLines.add(line.line());
            }
        }
        return outcome.inserted();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Days of stock left are an estimate: the repository counts sales per day but not per type, so
     * each type is given the share of the sales of the last {@value #SALES_WINDOW_DAYS} calendar days
     * (today included, all types) that its share of used keys is. A type with nothing used, or a shop
     * without a recent sale, has no estimate.
     */
    @Override
    public InventoryStatistics statistics(Requester admin) {
        authorization.requireOperator(admin, "view statistics");
        Map<LicenseTypeCode, Map<KeyStatus, Long>> counts = keys.countByTypeAndStatus();
        Instant now = clock.instant();
        LocalDate today = today(now);
        long recentSales = deliveriesPerDay(today.minusDays(SALES_WINDOW_DAYS - 1L), today)
                .values().stream().mapToLong(Long::longValue).sum();
        long usedAll = counts.values().stream().mapToLong(byStatus -> byStatus.getOrDefault(KeyStatus.USED, 0L)).sum();

        List<TypeStatistics> types = new ArrayList<>();
        Set<LicenseTypeCode> listed = new HashSet<>();
        for (LicenseType type : settings.types().all()) {
            listed.add(type.code());
            types.add(typeStatistics(type.code(), type.displayName(), counts, recentSales, usedAll));
        }
        // Keys of a type dropped from the catalog still count: an admin must see every key.
        counts.keySet().stream().filter(code -> !listed.contains(code)).sorted(
                Comparator.comparing(LicenseTypeCode::value))
                .forEach(code -> types.add(typeStatistics(code, code.value(), counts, recentSales, usedAll)));
        return new InventoryStatistics(now, types, recentSales);
    }

    private TypeStatistics typeStatistics(LicenseTypeCode type, String displayName,
            Map<LicenseTypeCode, Map<KeyStatus, Long>> counts, long recentSales, long usedAll) {
        Map<KeyStatus, Long> byStatus = counts.getOrDefault(type, Map.of());
        long available = byStatus.getOrDefault(KeyStatus.AVAILABLE, 0L);
        long used = byStatus.getOrDefault(KeyStatus.USED, 0L);
        OptionalDouble daysLeft = OptionalDouble.empty();
        if (recentSales > 0 && used > 0) {
            double perDay = (double) recentSales * used / usedAll / SALES_WINDOW_DAYS;
            daysLeft = OptionalDouble.of(available / perDay);
        }
        return new TypeStatistics(type, displayName, byStatus, StockStatus.of(type, available, settings.thresholds()),
                daysLeft);
    }

    @Override
    public KeyPage listKeys(Requester admin, KeyFilter filter, int page, int pageSize) {
        authorization.requireAdmin(admin, "list keys");
        if (page < 0) {
            throw new InvalidInputException("page", "0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page size", "a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        KeyFilter which = filter == null ? KeyFilter.ALL : filter;
        long total = keys.count(which);
        int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        if (page >= pageCount) {
            return new KeyPage(List.of(), page, pageSize, pageCount, total);
        }
        return new KeyPage(keys.list(which, page * pageSize, pageSize), page, pageSize, pageCount, total);
    }

    @Override
    public List<LicenseKey> search(Requester admin, String fragment) {
        authorization.requireAdmin(admin, "search keys");
        String trimmed = fragment == null ? "" : fragment.strip();
        if (!FRAGMENT.matcher(trimmed).matches()) {
            throw new InvalidInputException("search", "1 to 32 letters or digits");
        }
        return keys.search(trimmed, MAX_SEARCH_RESULTS);
    }

    @Override
    public KeyScan export(Requester admin, KeyFilter filter, Consumer<KeyExportRow> sink) {
        Actor actor = authorization.requireOperator(admin, "export keys");
        Objects.requireNonNull(sink, "sink");
        KeyFilter which = filter == null ? KeyFilter.ALL : filter;
        long[] handed = {0};
        KeyScan scan = null;
        try {
            scan = keys.scan(which, key -> {
                sink.accept(KeyExportRow.of(key));
                handed[0]++;
            });
            return scan;
        } finally {
            // Full codes left the store even if the sink failed midway: that is audited too.
            Map<String, String> details = new HashMap<>(Map.of(
                    "count", Long.toString(handed[0]),
                    "type", which.type().map(LicenseTypeCode::value).orElse("all"),
                    "status", which.status().map(KeyStatus::wireName).orElse("all")));
            if (scan == null) {
                details.put("outcome", "failed");
            } else if (!scan.complete()) {
                details.put("unreadable", Integer.toString(scan.unreadable().size()));
            }
            auditor.record(actor.id(), AuditAction.KEYS_EXPORTED, "keys", details);
        }
    }

    @Override
    public LicenseKey revoke(RevokeKey command) {
        Actor admin = authorization.requireAdmin(command.requester(), "revoke keys");
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "1 to " + MAX_REASON + " characters");
        }
        String masked = command.code().masked();
        LicenseKey before = keys.findByCode(command.code())
                .orElseThrow(() -> new NotFoundException("license key", masked));
        Instant now = clock.instant();
        DiscordUserId revoker = admin.userId("revoke keys");
        before.revoke(revoker, reason, now); // refuses a second revocation before the store is touched
        LicenseKey revoked = keys.revoke(command.code(), revoker, reason, now)
                .orElseThrow(() -> new NotFoundException("license key", masked));
        Map<String, String> details = new HashMap<>();
        details.put("reason", reason);
        details.put("previousStatus", before.status().wireName());
        if (before.holder() != null) {
            details.put("holder", before.holder().asString());
        }
        auditor.record(admin.id(), AuditAction.KEY_REVOKED, masked, details);
        stockChanged(revoked.type());
        return revoked;
    }

    @Override
    public List<LicenseKey> lookup(Requester admin, DiscordUserId user) {
        authorization.requireAdmin(admin, "look up licenses");
        return keys.heldBy(Objects.requireNonNull(user, "user"));
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, settings.zone());
    }

    /** Deliveries per day from the start of {@code first} to the end of {@code last}, in the shop's zone. */
    private Map<LocalDate, Long> deliveriesPerDay(LocalDate first, LocalDate last) {
        ZoneId zone = settings.zone();
        return keys.deliveriesPerDay(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    private void stockChanged(LicenseTypeCode type) {
        events.publish(StockChanged.of(type));
    }
}
