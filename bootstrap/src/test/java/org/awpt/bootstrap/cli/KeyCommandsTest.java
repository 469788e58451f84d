package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.mongo.MongoSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key and report commands end to end, on the embedded database in a temporary folder. */
class KeyCommandsTest {
    private static final String KEY_A = "abcdefghijklmnopqrstuvwxyz012345";
    private static final String KEY_B = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final String KEY_C = "0123456789abcdefghijABCDEFGHIJkl";

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("AWPT_DATA_DIR", dir.resolve("data").toString(), "AWPT_ADMIN_USER_IDS", "42");
    }

    @Test
    void importStatsExportAndReportWorkOnTheSameDatabase() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), "\uFEFF" + KEY_A + "\r\n  " + KEY_B + "  \n\nnot-a-key\n" + KEY_A
                + "\n" + KEY_C + "\n");

        CliRun imported = CliRun.of(dir, env(), "keys", "import", "--type", "weekly", "keys.txt");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 3 weekly keys.")
                .contains("Invalid (not exactly 32 letters or digits (A-Z, a-z, 0-9)): 1, on line 4")
                .contains("Duplicates within the file: 1, on line 5");

        CliRun again = CliRun.of(dir, env(), "keys", "import", "--type", "WEEKLY", "keys.txt");
        assertThat(again.out()).contains("Imported 0 weekly keys.").contains("Already in the inventory: 3");

        deliverTwoWeeklyKeys();

        CliRun stats = CliRun.of(dir, env(), "keys", "stats");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out().lines().filter(line -> line.startsWith("weekly")).findFirst().orElseThrow()
                .split("\\s+")).containsExactly("weekly", "1", "0", "2", "0", "3", "critical", "7.0");
        assertThat(stats.out()).contains("Keys delivered in the last 14 days: 2");

        CliRun export = CliRun.of(dir, env(), "keys", "export", "--out", "keys.csv");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("Wrote 3 keys to");
        List<List<String>> rows = readCsv(dir.resolve("keys.csv"));
        assertThat(rows.get(0)).isEqualTo(KeysExportCommand.HEADER);
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                .containsExactlyInAnyOrder(KEY_A, KEY_B, KEY_C);
        assertThat(rows.subList(1, rows.size())).filteredOn(row -> row.get(2).equals("used"))
                .extracting(row -> row.get(3)).containsOnly("77");

        CliRun usedOnly = CliRun.of(dir, env(), "keys", "export", "--out", "used.csv", "--status", "used");
        assertThat(usedOnly.out()).contains("Wrote 2 keys to");

        CliRun report = CliRun.of(dir, env(), "report", "--days", "7", "--chart", "chart.png", "--style", "line");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Total: 2").contains("Chart written to");
        BufferedImage png = ImageIO.read(dir.resolve("chart.png").toFile());
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isEqualTo(400);
    }

    @Test
    void keyCommandsActAsAnAdminOnly() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY_A + "\n");
        Map<String, String> noAdmin = Map.of("AWPT_DATA_DIR", dir.resolve("data").toString());

        CliRun nobody = CliRun.of(dir, noAdmin, "keys", "stats");
        assertThat(nobody.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(nobody.err()).contains("add your Discord user id to allowedUserIds")
                .contains("members with the Administrator permission in the server can use the /license commands");

        CliRun stranger = CliRun.of(dir, env(), "keys", "import", "--as", "7", "--type", "weekly", "keys.txt");
        assertThat(stranger.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(stranger.err()).startsWith("Refused (");

        CliRun unknownType = CliRun.of(dir, env(), "keys", "import", "--type", "yearly", "keys.txt");
        assertThat(unknownType.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(unknownType.err()).contains("yearly");
    }

    @Test
    void aBadCommandLineOrConfigurationExitsWithTwoAndSaysWhy() throws IOException {
        CliRun missingType = CliRun.of(dir, env(), "keys", "import", "keys.txt");
        assertThat(missingType.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(missingType.err()).contains("Missing required option: '--type=TYPE'");

        Files.writeString(dir.resolve("config.json"), "{ \"shop\": { \"sessionExpiry\": 5 }, \"health\": { \"port\": -1 } }");
        CliRun badConfig = CliRun.of(dir, env(), "keys", "stats");
        assertThat(badConfig.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(badConfig.err()).contains("The configuration has 2 problems:")
                .contains("shop.sessionExpiry: a duration").contains("health.port: a whole number from 0 to 65535");
    }

    @Test
    void aFileThatCannotBeReadOrWrittenIsNamedWithoutAStackTrace() throws IOException {
        CliRun missing = CliRun.of(dir, env(), "keys", "import", "--type", "weekly", "missing.txt");
        assertThat(missing.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(missing.err().strip()).isEqualTo("Cannot read " + dir.resolve("missing.txt")
                + ": no such file or folder");

        CliRun export = CliRun.of(dir, env(), "keys", "export", "--out", "no-such-folder/keys.csv");
        assertThat(export.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(export.err().strip()).isEqualTo("Cannot write " + dir.resolve("no-such-folder/keys.csv")
                + ": no such file or folder");

        CliRun chart = CliRun.of(dir, env(), "report", "--days", "7", "--chart", "no-such-folder/chart.png");
        assertThat(chart.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(chart.err()).startsWith("Cannot write " + dir.resolve("no-such-folder/chart.png"))
                .doesNotContain("Exception");
    }

    @Test
    void anEmbeddedDatabaseInUseIsNamedWithoutAStackTrace() {
        try (MongoPersistence running = MongoPersistence.connect(MongoSettings.embedded(dir.resolve("data")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            CliRun stats = CliRun.of(dir, env(), "keys", "stats");

            assertThat(stats.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(stats.err().strip()).startsWith("cannot open the embedded database file")
                    .contains("another AWPT running on the same data folder");
            assertThat(stats.err().lines()).hasSize(1);
        }
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String[] command : List.of(new String[] {"run"}, new String[] {"keys"}, new String[] {"keys", "import"},
                new String[] {"keys", "stats"}, new String[] {"keys", "export"}, new String[] {"report"},
                new String[] {"doctor"})) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";

            CliRun help = CliRun.of(dir, env(), args);

            assertThat(help.code()).as(String.join(" ", args)).isZero();
            assertThat(help.out()).as(String.join(" ", args)).startsWith("Usage: awpt " + String.join(" ", command));
            assertThat(help.err()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("data"))).as("nothing started").isFalse();
    }

    @Test
    void runWithoutATokenSaysHowToGetOneAndExitsWithTwo() {
        CliRun run = CliRun.of(dir, env());

        assertThat(run.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(run.err()).contains("No Discord bot token. Set AWPT_DISCORD_TOKEN")
                .doesNotContain("ticket category");
        assertThat(Files.exists(dir.resolve("data"))).as("nothing started").isFalse();
    }

    private void deliverTwoWeeklyKeys() {
        try (MongoPersistence mongo = MongoPersistence.connect(MongoSettings.embedded(dir.resolve("data")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            for (String order : List.of("cli-test-1", "cli-test-2")) {
                assertThat(mongo.licenseKeys().claim(new ClaimOrder(new OrderId(order), LicenseType.weekly(),
                        new DiscordUserId(77), null, null), Instant.now())).isPresent();
            }
        }
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
