package org.awpt.adapters.sqlite;

import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;

/** Buyers' languages in {@code buyer_languages}, one row per buyer; the last write wins. */
final class SqliteBuyerLanguageStore implements BuyerLanguageStore {
    private final SqliteDatabase database;

    SqliteBuyerLanguageStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<BuyerLanguage> find(DiscordUserId buyer) {
        return database.read(handle -> handle.createQuery("SELECT language, chosen FROM buyer_languages WHERE buyer = :buyer")
                .bind("buyer", buyer.asString())
                .map((row, context) -> new BuyerLanguage(row.getString("language"), row.getInt("chosen") == 1))
                .findOne());
    }

    @Override
    public void save(DiscordUserId buyer, BuyerLanguage language) {
        Objects.requireNonNull(language, "language");
        database.write(handle -> handle.createUpdate("INSERT INTO buyer_languages (buyer, language, chosen) VALUES (:buyer, :language, :chosen) "
                        + "ON CONFLICT (buyer) DO UPDATE SET language = excluded.language, chosen = excluded.chosen")
                .bind("buyer", buyer.asString())
                .bind("language", language.tag())
                .bind("chosen", language.chosen() ? 1 : 0)
                .execute());
    }
}
