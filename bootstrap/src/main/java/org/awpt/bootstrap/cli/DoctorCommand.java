package org.awpt.bootstrap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awpt.adapters.mongo.DatabaseUnavailableException;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.roblox.GamePassCheck;
import org.awpt.adapters.roblox.RetrofitRobloxGateway;
import org.awpt.adapters.sqlite.SqliteStoreException;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.purchase.MissingSetting;
import org.awpt.application.purchase.PaymentSetup;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.bootstrap.config.AdapterSettings;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.config.ConfigException;
import org.awpt.bootstrap.config.DatabaseConfig;
import org.awpt.bootstrap.config.Secret;
import org.awpt.bootstrap.store.MissingDatabaseException;
import org.awpt.bootstrap.store.Store;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code awpt doctor}: checks the configuration, the database, the Discord token, Roblox and the
 * configured gamepasses, and says what to fix. Exit 0 when everything is ready, 1 when a check
 * failed, 2 when the configuration itself has problems.
 */
@Command(name = "doctor", description = "Check the configuration, database, Discord token, Roblox and gamepasses.")
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    AwptCommand root;

    private PrintWriter out;
    private int failures;

    @Override
    public Integer call() {
        out = root.context().out();
        AwptConfig config;
        try {
            config = root.config();
        } catch (ConfigException e) {
            out.println("FAIL configuration: " + e.getMessage());
            out.flush();
            return ExitCodes.FIX_CONFIGURATION;
        }
        ok("configuration", "read and valid" + (config.warnings().isEmpty() ? ""
                : " (" + config.warnings().size() + " warnings above)"));
        checkAccess(config);
        checkPayments(config);
        checkDatabase(config);
        checkDiscord(config);
        checkRoblox(config);
        out.println(failures == 0 ? "Everything is ready." : CountedText.format("{count, plural, one {# check} other {# checks}}"
                + " failed: fix {count, plural, one {it} other {them}} and run awpt doctor again.", "count", failures));
        out.flush();
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private void checkAccess(AwptConfig config) {
        if (!config.shop().access().namesAdmins()) {
            warn("admins", "no admin is configured: members with the Administrator permission in the shop's server"
                    + " (guildIds, or the bot's only server) are admins; add Discord user ids to allowedUserIds or a"
                    + " role to adminRoleIds to choose them");
        }
        if (config.discord().adminChannelId().isEmpty() && config.shop().access().adminUserIds().isEmpty()) {
            warn("notices", "neither adminChannelId nor allowedUserIds is set: admin notices (payments to review,"
                    + " stock alerts, key requests) reach nobody; set adminChannelId to a staff-only channel");
        }
        if (config.discord().ticketCategoryId().isEmpty()) {
            warn("tickets", "ticketCategoryId is not set: purchase tickets open as private channels at the top"
                    + " of the server");
        }
        if (AdapterSettings.registersGlobally(config.discord())) {
            warn("commands", (config.discord().guildIds().isEmpty() ? "guildIds is not set: " : "")
                    + "slash commands are registered globally and can take up to an hour to appear; set guildIds to"
                    + " your server's id to register them instantly");
        }
    }

    /** Buyers must have a way to pay, and it must be the shop's own: no method is offered by default. */
    private void checkPayments(AwptConfig config) {
        PaymentSetup setup = new PaymentSetup(config.shop());
        List<LicenseTypeCode> unpayable = setup.unpayableTypes();
        List<MissingSetting> missing = setup.missing();
        if (!unpayable.isEmpty()) {
            fail("payments", (setup.takesNoPayment() ? "buyers have nothing to pay with"
                    : "buyers cannot pay for " + unpayable.stream().map(LicenseTypeCode::value).toList())
                    + "; set in config.json: " + missing.stream().map(MissingSetting::key)
                            .collect(java.util.stream.Collectors.joining(", ")));
            missing.forEach(setting -> out.println("     " + setting));
            return;
        }
        missing.forEach(setting -> warn("payments", "not offered until set: " + setting));
        if (missing.isEmpty()) {
            ok("payments", "every license type can be paid with "
                    + config.shop().methods().all().stream().map(PaymentMethod::displayName).toList());
        }
    }

    private void checkDatabase(AwptConfig config) {
        DatabaseConfig database = config.database();
        if (database.sqlite() && !Files.exists(database.sqliteFile())) {
            // The doctor creates nothing: a shop that has not started yet has no file, and that is fine.
            warn("database", "SQLite, no database yet at " + database.sqliteFile() + ": awpt run or awpt keys"
                    + " import creates it; if the shop has one elsewhere, pass --data DIR or set AWPT_DATA_DIR");
            return;
        }
        try (Store store = Store.open(database, Store.Opening.EXISTING, config.shop().types(), Clock.systemUTC())) {
            LicenseKeyRepository keys = store.repositories().licenseKeys();
            long available = config.shop().types().codes().stream().mapToLong(keys::countAvailable).sum();
            ok("database", store.describe() + (database.sqlite() || database.namedDatabase().isPresent() ? ""
                    : " (the URI names no database, so AWPT uses this one; name it in the URI or in mongoDatabase)")
                    + CountedText.format(": {count, plural, one {# key} other {# keys}}, {available} available",
                            "count", keys.count(KeyFilter.ALL), "available", Long.toString(available)));
            store.mongo().ifPresent(this::checkKeysElsewhere);
            for (LicenseTypeCode type : config.shop().types().codes()) {
                if (keys.countAvailable(type) == 0) {
                    warn("stock", "no " + type + " key available: import some with awpt keys import --type " + type);
                }
            }
        } catch (MissingDatabaseException | DatabaseUnavailableException | SqliteStoreException e) {
            fail("database", e.getMessage());
        }
    }

    /** The original bot (Mongoose) keeps its keys in {@code test} unless its URI names a database. */
    private void checkKeysElsewhere(MongoPersistence mongo) {
        List<String> elsewhere = mongo.otherDatabasesHoldingLicenseKeys();
        if (!elsewhere.isEmpty()) {
            warn("database", "licensekeys holds keys in another database on this server: "
                    + String.join(", ", elsewhere) + " (the original bot uses \"test\" unless its URI names one);"
                    + " if those are the shop's keys, put that name in the URI or in mongoDatabase");
        }
    }

    private void checkDiscord(AwptConfig config) {
        if (config.discord().token().isEmpty()) {
            fail("discord", "no bot token: set AWPT_DISCORD_TOKEN (or \"token\" in config.json); README.md"
                    + " explains how to get one");
            return;
        }
        Secret token = config.discord().token().get();
        URI me = config.discord().apiBaseUrl().resolve("users/@me");
        HttpRequest request = HttpRequest.newBuilder(me).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bot " + token.reveal()).header("User-Agent", "DiscordBot (awpt, " + AwptVersion.release() + ")")
                .GET().build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            switch (response.statusCode()) {
                case 200 -> ok("discord", "the token is valid (" + botName(response.body()) + ")");
                case 401 -> fail("discord", "Discord refused the token (401): reset it on the Developer Portal's Bot"
                        + " page and set the new one in AWPT_DISCORD_TOKEN");
                default -> fail("discord", "Discord answered " + response.statusCode() + " to the token check;"
                        + " try again later");
            }
        } catch (IOException e) {
            fail("discord", "cannot reach " + config.discord().apiBaseUrl() + " (" + e.getClass().getSimpleName()
                    + "): check the network and any proxy");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("discord", "interrupted");
        }
    }

    private static String botName(String body) {
        int at = body.indexOf("\"username\"");
        if (at < 0) {
            return "bot";
        }
        int start = body.indexOf('"', body.indexOf(':', at) + 1);
        int end = body.indexOf('"', start + 1);
        return start < 0 || end < 0 ? "bot" : "logged in as " + body.substring(start + 1, end);
    }

    private void checkRoblox(AwptConfig config) {
        try (RetrofitRobloxGateway roblox = RetrofitRobloxGateway.create(AdapterSettings.roblox(config.roblox()),
                Clock.systemUTC())) {
            List<String> warnings = new GamePassCheck(roblox).warnings(config.shop().gamePasses(), config.shop().prices());
            if (warnings.isEmpty()) {
                ok("roblox", "reachable; every configured gamepass exists, is for sale and costs its price");
            }
            warnings.forEach(warning -> warn("roblox", warning));
        } catch (RobloxUnavailableException e) {
            fail("roblox", "Roblox is not answering (" + e.getMessage() + "); Robux purchases will wait until it does");
        }
    }

    private void ok(String check, String message) {
        out.println("OK   " + check + ": " + message);
    }

    private void warn(String check, String message) {
        out.println("WARN " + check + ": " + message);
    }

    private void fail(String check, String message) {
        failures++;
        out.println("FAIL " + check + ": " + message);
    }
}
