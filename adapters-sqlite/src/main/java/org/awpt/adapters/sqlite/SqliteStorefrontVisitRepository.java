package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseTypeCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** Storefront visits in {@code storefront_visits}; a change is compare-and-set on the version. */
final class SqliteStorefrontVisitRepository implements StorefrontVisitRepository {
    static final String COLUMNS =
            "SELECT id, buyer, type, method, link, opened_at, cancelled_at, version FROM storefront_visits";
    private final SqliteDatabase database;

    SqliteStorefrontVisitRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(StorefrontVisit visit) {
        if (database.write(handle -> insertRow(handle, visit)) == 0) {
            throw new IllegalStateException("storefront visit " + visit.id() + " exists already");
        }
    }

    /** Inserts a visit unless its id is taken: 1 when inserted, 0 when taken. */
    static int insertRow(Handle handle, StorefrontVisit visit) {
        return bind(handle.createUpdate("INSERT INTO storefront_visits "
                + "(id, buyer, type, method, link, opened_at, cancelled_at, version) "
                + "VALUES (:id, :buyer, :type, :method, :link, :opened, :cancelled, :version) "
                + "ON CONFLICT (id) DO NOTHING"), visit).execute();
    }

    @Override
    public boolean replace(StorefrontVisit next) {
        return database.write(handle -> bind(handle.createUpdate("UPDATE storefront_visits SET buyer = :buyer, "
                + "type = :type, method = :method, link = :link, opened_at = :opened, cancelled_at = :cancelled, "
                + "version = :version WHERE id = :id AND version = :version - 1"), next).execute()) == 1;
    }

    private static Update bind(Update update, StorefrontVisit visit) {
        return update.bind("id", visit.id())
                .bind("buyer", visit.buyer().asString())
                .bind("type", visit.type().value())
                .bind("method", visit.method())
                .bind("link", visit.link())
                .bind("opened", Columns.millis(visit.openedAt()))
                .bind("cancelled", Columns.millis(visit.cancelledAt()))
                .bind("version", visit.version());
    }

    @Override
    public int deleteOpenedBefore(Instant cutoff) {
        return database.write(handle -> handle.createUpdate("DELETE FROM storefront_visits WHERE opened_at < :cutoff")
                .bind("cutoff", Columns.millis(cutoff))
                .execute());
    }

    @Override
    public Optional<StorefrontVisit> find(String id) {
        return database.read(handle -> handle.createQuery(COLUMNS + " WHERE id = :id")
                .bind("id", id)
                .map(SqliteStorefrontVisitRepository::visit)
                .findOne());
    }

    @Override
    public List<StorefrontVisit> openVisitsOf(DiscordUserId buyer) {
        return database.read(handle -> handle.createQuery(COLUMNS
                        + " WHERE buyer = :buyer AND cancelled_at IS NULL ORDER BY opened_at DESC, id DESC")
                .bind("buyer", buyer.asString())
                .map(SqliteStorefrontVisitRepository::visit)
                .list());
    }

    static StorefrontVisit visit(ResultSet row, StatementContext context) throws SQLException {
        return new StorefrontVisit(row.getString("id"), Columns.user(row, "buyer"),
                new LicenseTypeCode(row.getString("type")), row.getString("method"), row.getString("link"),
                Columns.instant(row, "opened_at"), Columns.instant(row, "cancelled_at"), row.getLong("version"));
    }
}
