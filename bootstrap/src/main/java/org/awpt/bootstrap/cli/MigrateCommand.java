package org.awpt.bootstrap.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.awpt.application.migration.CollectionCopy;
import org.awpt.application.migration.MigrationReport;
import org.awpt.application.migration.ShopMigrationService;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.shared.Authorization;
import org.awpt.bootstrap.config.AdminRule;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.config.DatabaseConfig;
import org.awpt.bootstrap.config.MongoUri;
import org.awpt.bootstrap.store.Store;
import org.awpt.domain.access.Requester;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code awpt migrate --from URI} copies a MongoDB shop (the original bot's {@code licensekeys} and
 * every AWPT collection) into the SQLite store of the data folder; {@code awpt migrate --to URI}
 * copies the SQLite store into MongoDB. Records already in the target are left as they are, so a
 * rerun copies nothing twice.
 */
@Command(name = "migrate", description = {
    "Copy the whole shop from MongoDB into the SQLite store of the data folder (--from), or from the SQLite store"
            + " into MongoDB (--to): keys (the original bot's licensekeys too) with their statuses, holders, order"
            + " ids and expiries, payment sessions and proofs, key requests, storefront visits, purchase tickets,"
            + " once-marks, the audit log, cooldowns and lockdowns.",
    "Ids are kept; records the target already holds are left as they are, so running it again copies nothing"
            + " twice. Stop the bot first: a record changed after it was copied is not copied again.",
    "Prints, per collection, the records read, copied, already present, unreadable and refused; exits 1 when a"
            + " row could not be read or a record was refused (each is listed)."})
final class MigrateCommand implements Callable<Integer> {
    private static final int LISTED = 20;

    @ParentCommand
    AwptCommand root;

    @Mixin
    AdminIdentity admin;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Direction direction;

    @Option(names = "--database", paramLabel = "NAME", description = "The MongoDB database (default: the one the"
            + " URI names, else mongoDatabase of the configuration, else awpt). The original bot's default is test.")
    String database;

    /** Which way the shop moves. */
    static final class Direction {
        @Option(names = "--from", required = true, paramLabel = "MONGODB_URI",
                description = "Copy from this MongoDB into the SQLite store (created if absent).")
        String from;

        @Option(names = "--to", required = true, paramLabel = "MONGODB_URI",
                description = "Copy the SQLite store (which must exist) into this MongoDB.")
        String to;
    }

    @Override
    public Integer call() {
        AwptConfig config = root.config();
        boolean intoSqlite = direction.from != null;
        DatabaseConfig configured = config.database();
        DatabaseConfig sqlite = new DatabaseConfig(Optional.empty(), configured.dataDir(), Optional.empty(),
                configured.connectTimeout(), configured.synchronous());
        DatabaseConfig mongo = mongo(intoSqlite ? direction.from : direction.to, configured);
        Requester requester = admin.requester(root.context());
        ShopMigrationService migration = new ShopMigrationService(
                new Authorization(AdminRule.effective(config.shop().access())));
        PrintWriter out = root.context().out();
        Clock clock = Clock.systemUTC();
        MigrationReport report;
        try (Store source = Store.open(intoSqlite ? mongo : sqlite, Store.Opening.EXISTING, config.shop().types(),
                clock)) {
            if (intoSqlite) {
                // Before the target is opened: a wrong database name must not leave a new, empty shop behind.
                refuseAnEmptySourceBesideAFullOne(source, mongo);
            }
            report = copy(config, requester, migration, source, intoSqlite ? sqlite : mongo, intoSqlite);
        }
        out.printf("Copied %,d records.%n", report.copied());
        hint(out, intoSqlite, configured, mongo);
        out.flush();
        if (report.complete()) {
            return ExitCodes.OK;
        }
        listProblems(report);
        return ExitCodes.FAILED;
    }

    private MigrationReport copy(AwptConfig config, Requester requester, ShopMigrationService migration, Store source,
            DatabaseConfig targetDatabase, boolean create) {
        PrintWriter out = root.context().out();
        try (Store target = Store.open(targetDatabase, create ? Store.Opening.CREATE : Store.Opening.EXISTING,
                config.shop().types(), Clock.systemUTC())) {
            out.printf("Copying %s into %s%n", source.describe(), target.describe());
            out.printf("%-18s %10s %10s %16s %11s %8s%n", "collection", "read", "copied", "already present",
                    "unreadable", "refused");
            out.flush();
            return migration.migrate(requester, source.records(), target.records(), line -> {
                out.printf("%-18s %,10d %,10d %,16d %,11d %,8d%n", line.name(), line.read(), line.copied(),
                        line.alreadyPresent(), line.unreadable().size(), line.refused().size());
                out.flush();
            });
        }
    }

    /** The MongoDB side: the URI, and the database it or {@code --database} names. */
    private DatabaseConfig mongo(String uri, DatabaseConfig configured) {
        if (!MongoUri.isValid(uri)) {
            throw new UsageException("'" + uri + "' is not a MongoDB connection string: write it as"
                    + " mongodb://user:password@host:27017/database (or mongodb+srv://...).");
        }
        MongoUri mongoUri = new MongoUri(uri);
        Optional<String> named = Optional.ofNullable(database).map(String::strip).filter(name -> !name.isEmpty());
        if (named.isPresent() && mongoUri.database().isPresent() && !named.equals(mongoUri.database())) {
            throw new UsageException("The URI names the database " + mongoUri.database().get() + " and --database "
                    + named.get() + ": name it once.");
        }
        Optional<String> chosen = named.or(mongoUri::database).or(configured::namedDatabase);
        return new DatabaseConfig(Optional.of(mongoUri), configured.dataDir(), chosen, configured.connectTimeout(),
                configured.synchronous());
    }

    /** An empty source is most likely the wrong database: Mongoose's default is {@code test}, AWPT's {@code awpt}. */
    private static void refuseAnEmptySourceBesideAFullOne(Store source, DatabaseConfig mongo) {
        List<String> elsewhere = source.mongo().orElseThrow().otherDatabasesHoldingLicenseKeys();
        if (!elsewhere.isEmpty() && source.repositories().licenseKeys().count(KeyFilter.ALL) == 0) {
            throw new UsageException("The database " + mongo.databaseName() + " holds no licensekeys, but "
                    + String.join(", ", elsewhere) + " does: pass --database " + elsewhere.get(0)
                    + " (the original bot's default database is test).");
        }
    }

    private static void hint(PrintWriter out, boolean intoSqlite, DatabaseConfig configured, DatabaseConfig mongo) {
        if (intoSqlite && !configured.sqlite()) {
            out.println("The configuration still names MongoDB: remove mongoURI (and AWPT_MONGODB_URI) to run the shop"
                    + " on the SQLite store.");
        } else if (!intoSqlite) {
            out.printf("To run the shop on MongoDB, set mongoURI (or AWPT_MONGODB_URI) to the URI and mongoDatabase"
                    + " to %s.%n", mongo.databaseName());
        }
    }

    private void listProblems(MigrationReport report) {
        PrintWriter err = root.context().err();
        long unreadable = 0;
        long refused = 0;
        for (CollectionCopy line : report.collections()) {
            line.unreadable().stream().limit(LISTED).forEach(row -> err.printf(
                    "Left out %s row %s: it cannot be read (%s)%n", line.name(), row.storedId(), row.reason()));
            line.refused().stream().limit(LISTED).forEach(record -> err.printf(
                    "Refused by the target, %s: %s%n", line.name(), record));
            if (line.unreadable().size() > LISTED || line.refused().size() > LISTED) {
                err.printf("(%s: only the first %d of each are listed)%n", line.name(), LISTED);
            }
            unreadable += line.unreadable().size();
            refused += line.refused().size();
        }
        err.printf("%,d stored rows could not be read and %,d records were refused: they are not in the target. Fix"
                + " or remove them in the source, then run the same command again (it copies only what is missing).%n",
                unreadable, refused);
        err.flush();
    }
}
