package org.awpt.adapters.mongo.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseTypeCode;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inventory's counts, each asked of the server in one aggregation: nothing is kept in memory,
 * so another process (the CLI, a second instance) changing stock is counted at once.
 */
final class KeyCounts {
    private static final Logger LOG = LoggerFactory.getLogger(KeyCounts.class);

    private final MongoCollection<Document> keys;

    KeyCounts(MongoCollection<Document> keys) {
        this.keys = keys;
    }

    /** Keys per type and status, sorted by both; documents with an unreadable type or status are left out with a warning. */
    Map<LicenseTypeCode, Map<KeyStatus, Long>> byTypeAndStatus() {
        List<Document> groups = keys.aggregate(List.of(
                Aggregates.group(new Document("type", "$" + LicenseKeyEntity.TYPE)
                        .append("status", "$" + LicenseKeyEntity.STATUS), Accumulators.sum("n", 1)),
                Aggregates.sort(new Document("_id.type", 1).append("_id.status", 1)))).into(new ArrayList<>());
        Map<LicenseTypeCode, Map<KeyStatus, Long>> counts = new LinkedHashMap<>();
        for (Document group : groups) {
            Document id = group.get("_id", Document.class);
            long n = group.get("n", Number.class).longValue();
            try {
                LicenseTypeCode type = new LicenseTypeCode((String) id.get("type"));
                KeyStatus status = KeyStatus.fromWireName((String) id.get("status"));
                counts.computeIfAbsent(type, t -> new LinkedHashMap<>()).merge(status, n, Long::sum);
            } catch (IllegalArgumentException | NullPointerException | ClassCastException unreadable) {
                LOG.warn("Leaving {} keys with an unreadable type or status {} out of the statistics", n, id.toJson());
            }
        }
        return counts;
    }

    /** Keys delivered per day of {@code zone} with {@code usedAt} in {@code [from, to)}, oldest day first. */
    Map<LocalDate, Long> deliveriesPerDay(Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        if (!from.isBefore(to)) {
            return perDay;
        }
        Document day = new Document("$dateToString", new Document("format", "%Y-%m-%d")
                .append("date", "$" + LicenseKeyEntity.USED_AT).append("timezone", timezoneName(zone)));
        List<Document> groups = keys.aggregate(List.of(
                Aggregates.match(Filters.and(Filters.gte(LicenseKeyEntity.USED_AT, Date.from(from)),
                        Filters.lt(LicenseKeyEntity.USED_AT, Date.from(to)))),
                Aggregates.group(day, Accumulators.sum("n", 1)),
                Aggregates.sort(new Document("_id", 1)))).into(new ArrayList<>());
        for (Document group : groups) {
            perDay.put(LocalDate.parse(group.getString("_id")), group.get("n", Number.class).longValue());
        }
        return perDay;
    }

    /** MongoDB takes Olson names and {@code +hh:mm} offsets; Java writes UTC's offset as {@code Z}. */
    static String timezoneName(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
        }
        return zone.getId();
    }
}
