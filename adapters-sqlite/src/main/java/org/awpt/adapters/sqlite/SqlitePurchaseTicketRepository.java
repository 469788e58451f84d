package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.domain.DiscordUserId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** Purchase tickets in {@code purchase_tickets}, one row per channel; closes and updates of open ones are conditional updates. */
final class SqlitePurchaseTicketRepository implements PurchaseTicketRepository {
    private static final String FIELDS = "channel_id, guild_id, buyer, embed_message_id, opened_at, closed_at, "
            + "last_activity_at, delivered_at, warned_at, channel_delete_at";
    private static final String VALUES = ":channel, :guild, :buyer, :embed, :opened, :closed, "
            + ":active, :delivered, :warned, :deleteAt";
    static final String COLUMNS = "SELECT " + FIELDS + " FROM purchase_tickets";
    private final SqliteDatabase database;

    SqlitePurchaseTicketRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void save(PurchaseTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        database.write(handle -> bind(handle.createUpdate("INSERT OR REPLACE INTO purchase_tickets (" + FIELDS
                + ") VALUES (" + VALUES + ")"), ticket).execute());
    }

    /** Inserts a ticket unless its channel has one: 1 when inserted, 0 when it had. */
    static int insertRow(Handle handle, PurchaseTicket ticket) {
        return bind(handle.createUpdate("INSERT INTO purchase_tickets (" + FIELDS + ") VALUES (" + VALUES
                + ") ON CONFLICT (channel_id) DO NOTHING"), ticket).execute();
    }

    private static Update bind(Update update, PurchaseTicket ticket) {
        return update.bind("channel", ticket.channelId())
                .bind("guild", ticket.guildId())
                .bind("buyer", ticket.buyer().asString())
                .bind("embed", ticket.embedMessageId())
                .bind("opened", Columns.millis(ticket.openedAt()))
                .bind("closed", Columns.millis(ticket.closedAt()))
                .bind("active", Columns.millis(ticket.lastActivityAt()))
                .bind("delivered", Columns.millis(ticket.deliveredAt()))
                .bind("warned", Columns.millis(ticket.warnedAt()))
                .bind("deleteAt", Columns.millis(ticket.channelDeleteAt()));
    }

    @Override
    public boolean updateOpen(PurchaseTicket next) {
        Objects.requireNonNull(next, "next");
        return database.write(handle -> bind(handle.createUpdate("UPDATE purchase_tickets SET guild_id = :guild, "
                + "buyer = :buyer, embed_message_id = :embed, opened_at = :opened, closed_at = :closed, "
                + "last_activity_at = :active, delivered_at = :delivered, warned_at = :warned, "
                + "channel_delete_at = :deleteAt WHERE channel_id = :channel AND closed_at IS NULL"), next)
                .execute() == 1);
    }

    @Override
    public Optional<PurchaseTicket> find(String channelId) {
        return database.read(handle -> find(handle, channelId));
    }

    private static Optional<PurchaseTicket> find(Handle handle, String channelId) {
        return handle.createQuery(COLUMNS + " WHERE channel_id = :channel")
                .bind("channel", channelId)
                .map(SqlitePurchaseTicketRepository::ticket)
                .findOne();
    }

    @Override
    public Optional<PurchaseTicket> findOpenOf(DiscordUserId buyer) {
        return database.read(handle -> handle.createQuery(COLUMNS
                        + " WHERE buyer = :buyer AND closed_at IS NULL ORDER BY opened_at DESC, channel_id DESC LIMIT 1")
                .bind("buyer", buyer.asString())
                .map(SqlitePurchaseTicketRepository::ticket)
                .findOne());
    }

    @Override
    public List<PurchaseTicket> allOpen() {
        return database.read(handle -> handle.createQuery(COLUMNS
                        + " WHERE closed_at IS NULL ORDER BY opened_at, channel_id")
                .map(SqlitePurchaseTicketRepository::ticket)
                .list());
    }

    @Override
    public Optional<PurchaseTicket> close(String channelId, Instant at, Instant channelDeleteAt) {
        Objects.requireNonNull(at, "at");
        // One writer connection, one transaction: of two closes at once the second finds it closed.
        return database.write(handle -> {
            int closed = handle.createUpdate("UPDATE purchase_tickets SET closed_at = :closed, "
                            + "channel_delete_at = :deleteAt WHERE channel_id = :channel AND closed_at IS NULL")
                    .bind("closed", Columns.millis(at))
                    .bind("deleteAt", Columns.millis(channelDeleteAt))
                    .bind("channel", channelId)
                    .execute();
            return closed == 1 ? find(handle, channelId) : Optional.<PurchaseTicket>empty();
        });
    }

    @Override
    public List<PurchaseTicket> channelsToDelete(Instant now) {
        return database.read(handle -> handle.createQuery(COLUMNS
                        + " WHERE channel_delete_at IS NOT NULL AND channel_delete_at <= :now"
                        + " ORDER BY channel_delete_at, channel_id")
                .bind("now", Columns.millis(now))
                .map(SqlitePurchaseTicketRepository::ticket)
                .list());
    }

    static PurchaseTicket ticket(ResultSet row, StatementContext context) throws SQLException {
        return new PurchaseTicket(row.getString("channel_id"), row.getString("guild_id"), Columns.user(row, "buyer"),
                row.getString("embed_message_id"), Columns.instant(row, "opened_at"), Columns.instant(row, "closed_at"),
                Columns.instant(row, "last_activity_at"), Columns.instant(row, "delivered_at"),
                Columns.instant(row, "warned_at"), Columns.instant(row, "channel_delete_at"));
    }
}
