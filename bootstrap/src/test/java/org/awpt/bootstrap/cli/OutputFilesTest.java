package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the command line writes: never over the database, never in the data folder, never over a file unasked, 0600. */
class OutputFilesTest {
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz012345";

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("AWPT_DATA_DIR", dir.resolve("data").toString(), "AWPT_ADMIN_USER_IDS", "42");
    }

    @BeforeEach
    void aShopWithOneKey() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY + "\n");
        CliRun imported = CliRun.of(dir, env(), "keys", "import", "--type", "weekly", "keys.txt");
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void noCommandWritesOverTheDatabaseOrIntoTheDataFolder() throws IOException {
        Path database = dir.resolve("data").resolve("awpt.db");
        byte[] before = Files.readAllBytes(database);
        for (List<String> command : List.of(List.of("keys", "export", "--force", "--out"),
                List.of("report", "--force", "--chart"), List.of("backup", "--force", "--out"))) {
            for (String target : List.of("data/awpt.db", "data/other.file", "./data/../data/awpt.db-wal", "data")) {
                String[] args = args(command, target);

                CliRun run = CliRun.of(dir, env(), args);

                assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.FIX_CONFIGURATION);
                assertThat(run.err().lines()).as(run.err()).hasSize(1);
                assertThat(run.err()).containsAnyOf("inside the data folder", "is a folder");
            }
        }
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .allMatch(name -> name.startsWith("awpt.db"));
        }
    }

    @Test
    void aLinkIntoTheDataFolderIsRefusedToo() throws IOException {
        Files.createSymbolicLink(dir.resolve("link.db"), dir.resolve("data").resolve("awpt.db"));
        Files.createSymbolicLink(dir.resolve("datalink"), dir.resolve("data"));

        CliRun overLink = CliRun.of(dir, env(), "keys", "export", "--force", "--out", "link.db");
        CliRun throughLink = CliRun.of(dir, env(), "backup", "--out", "datalink/copy.db");

        assertThat(overLink.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(overLink.err()).contains("inside the data folder");
        assertThat(throughLink.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(throughLink.err()).contains("inside the data folder");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForceAndEveryOutputIsPrivate() throws IOException {
        for (List<String> command : List.of(List.of("keys", "export", "--out"), List.of("report", "--chart"),
                List.of("backup", "--out"))) {
            Path target = dir.resolve("out-" + command.get(0));
            Files.writeString(target, "precious");
            String[] args = args(command, target.toString());

            CliRun refused = CliRun.of(dir, env(), args);

            assertThat(refused.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.FIX_CONFIGURATION);
            assertThat(refused.err().strip()).isEqualTo(target + " already exists: pass --force to replace it, or"
                    + " choose another name.");
            assertThat(Files.readString(target)).isEqualTo("precious");

            String[] forced = args(List.of(args), "--force");
            CliRun replaced = CliRun.of(dir, env(), forced);

            assertThat(replaced.code()).as(replaced.err()).isZero();
            assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEqualTo("precious");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        }
        Files.delete(dir.resolve("out-keys"));
        CliRun fresh = CliRun.of(dir, env(), "keys", "export", "--out", "out-keys");
        assertThat(fresh.code()).as(fresh.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out-keys"))))
                .isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".awpt-"));
        }
    }

    @Test
    void backupWithMongoDbPointsToMongodump() {
        Map<String, String> mongo = Map.of("AWPT_MONGODB_URI", "mongodb://127.0.0.1:1/shop");

        CliRun backup = CliRun.of(dir, mongo, "backup", "--out", "copy.db");

        assertThat(backup.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(backup.err()).contains("mongodump").doesNotContain("Exception");
        assertThat(dir.resolve("copy.db")).doesNotExist();
    }

    private static String[] args(List<String> command, String... more) {
        return java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
