package org.awpt.application.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.ShopRecords;
import org.awpt.application.port.StoredRecords;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.access.Requester;

/**
 * Streams each kind of record out of the source and into the target in batches, so memory holds one
 * batch. It writes no audit event of its own: the audit log is one of the things it copies, and an
 * event of its own would make the target differ from the source and a second run change it again.
 */
public final class ShopMigrationService implements ShopMigrationUseCase {
    /** Records per write to the target. */
    static final int BATCH = 500;
    /** Proofs per write: up to 8 MiB each. */
    static final int PROOF_BATCH = 4;

    private final Authorization authorization;

    /** A migration checking who asks with this authorization. */
    public ShopMigrationService(Authorization authorization) {
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    @Override
    public MigrationReport migrate(Requester admin, ShopRecords source, ShopRecords target,
            Consumer<CollectionCopy> done) {
        authorization.requireOperator(admin, "migrate the shop to another store");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(done, "done");
        if (source == target) {
            throw new IllegalArgumentException("the source and the target are the same store");
        }
        List<CollectionCopy> lines = new ArrayList<>();
        Consumer<CollectionCopy> record = line -> {
            lines.add(line);
            done.accept(line);
        };
        // Keys first: they are what the shop sells; then the revenue history; the rest follows in no
        // required order (no store checks references between kinds).
        record.accept(copy("license keys", source.licenseKeys(), target.licenseKeys(), BATCH));
        record.accept(copy("sales", source.sales(), target.sales(), BATCH));
        record.accept(copy("payment sessions", source.paymentSessions(), target.paymentSessions(), BATCH));
        record.accept(copy("payment proofs", source.proofs(), target.proofs(), PROOF_BATCH));
        record.accept(copy("key requests", source.keyRequests(), target.keyRequests(), BATCH));
        record.accept(copy("storefront visits", source.storefrontVisits(), target.storefrontVisits(), BATCH));
        record.accept(copy("purchase tickets", source.purchaseTickets(), target.purchaseTickets(), BATCH));
        record.accept(copy("once-marks", source.onceMarks(), target.onceMarks(), BATCH));
        record.accept(copy("audit events", source.auditEvents(), target.auditEvents(), BATCH));
        record.accept(copy("cooldowns", source.cooldowns(), target.cooldowns(), BATCH));
        record.accept(copy("lockdowns", source.lockdowns(), target.lockdowns(), BATCH));
        return new MigrationReport(lines);
    }

    private static <T> CollectionCopy copy(String name, StoredRecords<T> from, StoredRecords<T> to, int batchSize) {
        Batches<T> batches = new Batches<>(to, batchSize);
        RecordScan scan = from.exportAll(batches);
        CopyOutcome outcome = batches.flush();
        return new CollectionCopy(name, scan.records(), outcome.copied(), outcome.alreadyPresent(), scan.unreadable(),
                outcome.refused());
    }

    /** Gathers records into batches and writes each full one to the target. */
    private static final class Batches<T> implements Consumer<T> {
        private final StoredRecords<T> target;
        private final int size;
        private final List<T> pending;
        private CopyOutcome outcome = CopyOutcome.NONE;

        Batches(StoredRecords<T> target, int size) {
            this.target = target;
            this.size = size;
            this.pending = new ArrayList<>(size);
        }

        @Override
        public void accept(T record) {
            pending.add(Objects.requireNonNull(record, "record"));
            if (pending.size() == size) {
                flush();
            }
        }

        CopyOutcome flush() {
            if (!pending.isEmpty()) {
                outcome = outcome.plus(target.importPreserving(pending));
                pending.clear();
            }
            return outcome;
        }
    }
}
