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

/** Purchase tickets in {@code purchase_tickets}, one row per channel. */
final class SqlitePurchaseTicketRepository implements PurchaseTicketRepository {
    static final String COLUMNS =
            "SELECT channel_id, guild_id, buyer, embed_message_id, opened_at, closed_at FROM purchase_tickets";
    private final SqliteDatabase database;

    SqlitePurchaseTicketRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void save(PurchaseTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        database.write(handle -> bind(handle.createUpdate("INSERT OR REPLACE INTO purchase_tickets "
                + "(channel_id, guild_id, buyer, embed_message_id, opened_at, closed_at) "
                + "VALUES (:channel, :guild, :buyer, :embed, :opened, :closed)"), ticket).execute());
    }

    /** Inserts a ticket unless its channel has one: 1 when inserted, 0 when it had. */
    static int insertRow(Handle handle, PurchaseTicket ticket) {
        return bind(handle.createUpdate("INSERT INTO purchase_tickets "
                + "(channel_id, guild_id, buyer, embed_message_id, opened_at, closed_at) "
                + "VALUES (:channel, :guild, :buyer, :embed, :opened, :closed) ON CONFLICT (channel_id) DO NOTHING"),
                ticket).execute();
    }

    private static Update bind(Update update, PurchaseTicket ticket) {
        return update.bind("channel", ticket.channelId())
                .bind("guild", ticket.guildId())
                .bind("buyer", ticket.buyer().asString())
                .bind("embed", ticket.embedMessageId())
                .bind("opened", Columns.millis(ticket.openedAt()))
                .bind("closed", Columns.millis(ticket.closedAt()));
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
    public Optional<PurchaseTicket> close(String channelId, Instant at) {
        Objects.requireNonNull(at, "at");
        return database.write(handle -> {
            Optional<PurchaseTicket> current = find(handle, channelId);
            if (current.isEmpty() || !current.get().isOpen()) {
                return current;
            }
            PurchaseTicket closed = current.get().close(at);
            handle.createUpdate("UPDATE purchase_tickets SET closed_at = :closed WHERE channel_id = :channel")
                    .bind("closed", Columns.millis(closed.closedAt()))
                    .bind("channel", channelId)
                    .execute();
            return Optional.of(closed);
        });
    }

    static PurchaseTicket ticket(ResultSet row, StatementContext context) throws SQLException {
        return new PurchaseTicket(row.getString("channel_id"), row.getString("guild_id"), Columns.user(row, "buyer"),
                row.getString("embed_message_id"), Columns.instant(row, "opened_at"), Columns.instant(row, "closed_at"));
    }
}
