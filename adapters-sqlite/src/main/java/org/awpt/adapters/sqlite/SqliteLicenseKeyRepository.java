package org.awpt.adapters.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.InsertOutcome;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.application.port.UnreadableKey;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The key inventory in {@code license_keys}. Every change is one {@code BEGIN IMMEDIATE} transaction
 * on the single writer: a claim is one {@code UPDATE ... WHERE id = (SELECT ... LIMIT 1) RETURNING}
 * (claims waiting at once share one transaction, each in its own savepoint: {@link ClaimBatcher}),
 * other transitions read the key, let the domain compute its next state and write it, with no
 * other writer in between. The UNIQUE order id keeps a second key from ever going to one order.
 */
final class SqliteLicenseKeyRepository implements LicenseKeyRepository, StoredRecords<LicenseKey> {
    /** Keys per import transaction: claims get the writer between batches. */
    static final int IMPORT_BATCH = 1_000;
    /** Takes the first available key of a type: the state's values, then the type (see {@link #takeFromStock}). */
    private static final String CLAIM = "UPDATE license_keys SET " + KeyRows.SET_STATE_POSITIONAL + " WHERE id = "
            + "(SELECT id FROM license_keys WHERE type = ? AND status = 'available' ORDER BY id LIMIT 1) RETURNING "
            + KeyRows.COLUMNS;
    /** Rows the driver fetches at a time during a scan. */
    private static final int SCAN_FETCH = 1_000;
    private static final String SELECT = "SELECT " + KeyRows.COLUMNS + " FROM license_keys";
    private static final String STABLE_ORDER = " ORDER BY created_at, code";
    private static final Logger LOG = LoggerFactory.getLogger(SqliteLicenseKeyRepository.class);

    private final SqliteDatabase database;
    private final ClaimBatcher claims;

    SqliteLicenseKeyRepository(SqliteDatabase database, ClaimBatcher claims, LicenseTypeCatalog types) {
        this.database = database;
        this.claims = claims;
        Objects.requireNonNull(types, "types");
    }

    @Override
    public InsertOutcome insertAll(List<LicenseKey> keys) {
        int inserted = 0;
        Set<KeyCode> alreadyPresent = new HashSet<>();
        for (int from = 0; from < keys.size(); from += IMPORT_BATCH) {
            // In code order: each insert lands next to the previous one in the code indexes, instead of
            // on a page anywhere in them (imported codes are random).
            List<LicenseKey> batch = keys.subList(from, Math.min(keys.size(), from + IMPORT_BATCH)).stream()
                    .sorted(Comparator.comparing(key -> key.code().value())).toList();
            int[] rows = database.write(handle -> {
                try {
                    return KeyRows.insert(handle.getConnection(), KeyRows.INSERT, batch);
                } catch (SQLException e) {
                    throw new UnableToExecuteStatementException(e, null);
                }
            });
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] == 0) {
                    alreadyPresent.add(batch.get(i).code());
                } else {
                    inserted++;
                }
            }
        }
        return new InsertOutcome(inserted, alreadyPresent);
    }

    /** Every key, readable or reported, in row-id order ({@link #scan} of every key). */
    @Override
    public RecordScan exportAll(Consumer<? super LicenseKey> sink) {
        return RecordScan.of(scan(KeyFilter.ALL, sink::accept));
    }

    /**
     * Copies keys in as they are ({@link KeyRows#INSERT_COPY}, one transaction): a key whose code is
     * present is counted present; one whose order already has another key is refused and named.
     */
    @Override
    public CopyOutcome importPreserving(List<? extends LicenseKey> keys) {
        if (keys.isEmpty()) {
            return CopyOutcome.NONE;
        }
        return database.write(handle -> {
            int[] rows;
            try {
                rows = KeyRows.insert(handle.getConnection(), KeyRows.INSERT_COPY, keys);
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
            int copied = 0;
            int present = 0;
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                LicenseKey key = keys.get(i);
                if (rows[i] == 1) {
                    copied++;
                } else if (handle.createQuery("SELECT count(*) FROM license_keys WHERE code = :code")
                        .bind("code", key.code().value()).mapTo(Integer.class).one() > 0) {
                    present++;
                } else {
                    refused.add("key " + key.code().masked() + ": its order " + key.orderId().value()
                            + " already has another key");
                }
            }
            return new CopyOutcome(copied, present, refused);
        });
    }

    @Override
    public Optional<LicenseKey> claim(ClaimOrder order, Instant now) {
        LicenseKey next = LicenseKey.stateOfClaim(order, now);
        return takeFromStock(order.orderId(), order.type().code(), next);
    }

    @Override
    public Optional<LicenseKey> reserve(OrderId requestLine, LicenseTypeCode type, DiscordUserId requester,
            Instant now) {
        LicenseKey next = LicenseKey.stateOfReservation(requestLine, type, requester, now);
        return takeFromStock(requestLine, type, next);
    }

    /**
     * One statement takes the first available key of the type and gives it the state the domain
     * computed. When the order already has a key (a retry, or another process's claim), the UNIQUE
     * order id refuses the statement, nothing changes, and the order's key is returned as it is.
     */
    private Optional<LicenseKey> takeFromStock(OrderId order, LicenseTypeCode type, LicenseKey next) {
        return claims.submit(handle -> {
            try (PreparedStatement claim = handle.getConnection().prepareStatement(CLAIM)) {
                claim.setString(KeyRows.bindState(claim, next) + 1, type.value());
                claim.execute();
                try (ResultSet taken = claim.getResultSet()) {
                    if (taken.next()) {
                        return Optional.of(KeyRows.key(taken));
                    }
                }
            } catch (SQLException e) {
                if (!isUniqueViolation(e)) {
                    throw new UnableToExecuteStatementException(e, null);
                }
            }
            return findOne(handle, " WHERE order_id = :order", query -> query.bind("order", order.value()));
        });
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite
                    && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<LicenseKey> approveReservation(OrderId requestLine, DiscordUserId admin, Instant now) {
        return change(" WHERE order_id = :order", query -> query.bind("order", requestLine.value()),
                key -> key.approveReservation(admin, now));
    }

    @Override
    public Optional<LicenseKey> release(OrderId order) {
        try {
            return change(" WHERE order_id = :order", query -> query.bind("order", order.value()),
                    LicenseKey::releaseToStock);
        } catch (IllegalTransitionException told) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<LicenseKey> revoke(KeyCode code, DiscordUserId admin, String reason, Instant now) {
        return change(" WHERE code = :code", query -> query.bind("code", code.value()),
                key -> key.revoke(admin, reason, now));
    }

    @Override
    public Optional<LicenseKey> markTold(KeyCode code, DeliveryChannel via, Instant at) {
        return change(" WHERE code = :code", query -> query.bind("code", code.value()), key -> key.markTold(via, at));
    }

    @Override
    public Optional<LicenseKey> markDeliveryFailed(KeyCode code, Instant at) {
        return change(" WHERE code = :code", query -> query.bind("code", code.value()),
                key -> key.markDeliveryFailed(at));
    }

    /**
     * Reads the key, lets the domain compute its next state (or refuse the move, which rolls back),
     * and writes it, all in one write transaction: nobody writes in between.
     */
    private Optional<LicenseKey> change(String where, UnaryOperator<Query> binding, UnaryOperator<LicenseKey> transition) {
        return database.write(handle -> {
            Optional<LicenseKey> current = findOne(handle, where, binding);
            if (current.isEmpty()) {
                return current;
            }
            LicenseKey after = transition.apply(current.get());
            if (after.equals(current.get())) {
                return current;
            }
            KeyRows.bindState(handle.createUpdate("UPDATE license_keys SET " + KeyRows.SET_STATE
                    + " WHERE code = :code"), after).bind("code", after.code().value()).execute();
            return Optional.of(after);
        });
    }

    @Override
    public Optional<LicenseKey> findByCode(KeyCode code) {
        return database.read(handle -> findOne(handle, " WHERE code = :code",
                query -> query.bind("code", code.value())));
    }

    @Override
    public Optional<LicenseKey> findByOrder(OrderId order) {
        return database.read(handle -> findOne(handle, " WHERE order_id = :order",
                query -> query.bind("order", order.value())));
    }

    private static Optional<LicenseKey> findOne(Handle handle, String where, UnaryOperator<Query> binding) {
        return binding.apply(handle.createQuery(SELECT + where)).map((row, context) -> KeyRows.key(row)).findOne();
    }

    @Override
    public List<LicenseKey> heldBy(DiscordUserId holder) {
        return keys(" WHERE holder = :holder AND status IN ('used', 'revoked') ORDER BY used_at DESC, code",
                query -> query.bind("holder", holder.asString()));
    }

    @Override
    public List<LicenseKey> heldByRoblox(RobloxUserId account) {
        return keys(" WHERE roblox_user = :account AND status IN ('used', 'revoked') ORDER BY used_at DESC, code",
                query -> query.bind("account", account.asString()));
    }

    @Override
    public List<LicenseKey> pendingDeliveries(KeyStatus status, Instant deliveredBefore, int limit) {
        Objects.requireNonNull(status, "status");
        if (limit <= 0) {
            return List.of();
        }
        // Served by the partial index license_keys_pending: only keys still to be told are in it.
        return keys(" WHERE status = :status AND delivery_attempts IS NOT NULL AND delivery_told_at IS NULL "
                        + "AND coalesce(used_at, approved_at) <= :before "
                        + "ORDER BY coalesce(used_at, approved_at), code LIMIT :limit",
                query -> query.bind("status", status.wireName()).bind("before", Columns.millis(deliveredBefore))
                        .bind("limit", limit))
                .stream().filter(LicenseKey::hasPendingDelivery).toList();
    }

    @Override
    public List<LicenseKey> expiringBetween(Instant from, Instant to, int limit) {
        if (limit <= 0 || !from.isBefore(to)) {
            return List.of();
        }
        return keys(" WHERE status = 'used' AND expires_at >= :from AND expires_at < :to "
                        + "ORDER BY expires_at, code LIMIT :limit",
                query -> query.bind("from", Columns.millis(from)).bind("to", Columns.millis(to)).bind("limit", limit));
    }

    @Override
    public long countAvailable(LicenseTypeCode type) {
        return count(KeyFilter.of(type, KeyStatus.AVAILABLE));
    }

    /** From {@code key_counts}, which triggers keep in step with every change (schema V2). */
    @Override
    public Map<LicenseTypeCode, Map<KeyStatus, Long>> countByTypeAndStatus() {
        return database.read(handle -> {
            Map<LicenseTypeCode, Map<KeyStatus, Long>> counts = new LinkedHashMap<>();
            handle.createQuery("SELECT type, status, n FROM key_counts WHERE n > 0 ORDER BY type, status")
                    .map((row, context) -> new Object[] {row.getString("type"), row.getString("status"), row.getLong("n")})
                    .forEach(group -> {
                        try {
                            LicenseTypeCode type = new LicenseTypeCode((String) group[0]);
                            KeyStatus status = KeyStatus.fromWireName((String) group[1]);
                            counts.computeIfAbsent(type, t -> new LinkedHashMap<>()).merge(status, (Long) group[2],
                                    Long::sum);
                        } catch (RuntimeException unreadable) {
                            LOG.warn("Skipping {} keys with an unreadable type or status in the statistics", group[2]);
                        }
                    });
            return counts;
        });
    }

    @Override
    public Map<LocalDate, Long> deliveriesPerDay(Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        if (!from.isBefore(to)) {
            return perDay;
        }
        // Days are counted here (SQLite knows no time zones), streaming the sale times in order.
        database.read(handle -> {
            handle.createQuery("SELECT used_at FROM license_keys WHERE used_at >= :from AND used_at < :to "
                            + "ORDER BY used_at")
                    .bind("from", Columns.millis(from))
                    .bind("to", Columns.millis(to))
                    .setFetchSize(1_000)
                    .mapTo(Long.class)
                    .forEach(millis -> perDay.merge(LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone), 1L,
                            Long::sum));
            return null;
        });
        return new LinkedHashMap<>(perDay);
    }

    @Override
    public List<LicenseKey> list(KeyFilter filter, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return keys(where(filter) + STABLE_ORDER + " LIMIT :limit OFFSET :offset",
                query -> bind(query, filter).bind("limit", limit).bind("offset", Math.max(0, offset)));
    }

    /** A sum over {@code key_counts}: a few rows, whatever the inventory's size. */
    @Override
    public long count(KeyFilter filter) {
        return database.read(handle -> bind(handle.createQuery("SELECT coalesce(sum(n), 0) FROM key_counts"
                + where(filter)), filter).mapTo(Long.class).one());
    }

    @Override
    public List<LicenseKey> search(String fragment, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // instr, not LIKE: the fragment is taken literally; codes are ASCII, so lower() folds every letter.
        return keys(" WHERE instr(lower(code), lower(:fragment)) > 0" + STABLE_ORDER + " LIMIT :limit",
                query -> query.bind("fragment", fragment == null ? "" : fragment).bind("limit", limit));
    }

    /**
     * One read transaction (a WAL snapshot: claims go on meanwhile, unseen by this pass) streaming the
     * matching rows in row id order with a forward-only cursor; a row that cannot be read as a key is
     * reported by its row id and the pass goes on.
     */
    @Override
    public KeyScan scan(KeyFilter filter, Consumer<LicenseKey> sink) {
        Objects.requireNonNull(sink, "sink");
        return database.snapshot(handle -> {
            long[] handed = {0};
            List<UnreadableKey> unreadable = new ArrayList<>();
            bind(handle.createQuery(SELECT + where(filter) + " ORDER BY id"), filter)
                    .setFetchSize(SCAN_FETCH)
                    .map((row, context) -> scanned(row))
                    .forEach(row -> {
                        if (row.key() != null) {
                            sink.accept(row.key());
                            handed[0]++;
                        } else {
                            unreadable.add(row.unreadable());
                        }
                    });
            return new KeyScan(handed[0], unreadable);
        });
    }

    private static ScannedRow scanned(ResultSet row) throws SQLException {
        try {
            return new ScannedRow(KeyRows.key(row), null);
        } catch (ShopException | IllegalArgumentException | NullPointerException e) {
            // The reason names the failure, never the row's content (it may hold a key code).
            return new ScannedRow(null, new UnreadableKey(Long.toString(row.getLong("id")),
                    e.getClass().getSimpleName()));
        }
    }

    /** A scanned row: a key, or why it could not be read. */
    private record ScannedRow(LicenseKey key, UnreadableKey unreadable) {
    }

    private static String where(KeyFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter.type().ifPresent(type -> where.append(" AND type = :type"));
        filter.status().ifPresent(status -> where.append(" AND status = :status"));
        return where.toString();
    }

    private static Query bind(Query query, KeyFilter filter) {
        filter.type().ifPresent(type -> query.bind("type", type.value()));
        filter.status().ifPresent(status -> query.bind("status", status.wireName()));
        return query;
    }

    /** The keys a query finds; rows AWPT cannot read (edited by hand) are skipped with a warning naming their id. */
    private List<LicenseKey> keys(String where, UnaryOperator<Query> binding) {
        return database.read(handle -> binding.apply(handle.createQuery(SELECT + where))
                .map((row, context) -> readable(row))
                .stream()
                .flatMap(Optional::stream)
                .toList());
    }

    private static Optional<LicenseKey> readable(ResultSet row) throws SQLException {
        try {
            return Optional.of(KeyRows.key(row));
        } catch (ShopException | IllegalArgumentException | NullPointerException unreadable) {
            // Named by row id: the content may hold a key code, which is never logged.
            LOG.warn("Skipping license key row {} that AWPT cannot read: {}", row.getLong("id"),
                    unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
