package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awpt.bootstrap.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that needs no Discord (nor Roblox) loads none of its libraries: each run is a fresh JVM
 * logging every class it loads, as {@code bin/awpt} would start it. Loading JDA, OkHttp or Retrofit
 * costs a command line run hundreds of milliseconds of start-up for nothing.
 */
class CommandClassLoadingTest {
    /** Libraries only the bot needs: Discord (JDA), and the Roblox client (Retrofit over OkHttp). */
    private static final List<String> BOT_ONLY = List.of("net.dv8tion.", "okhttp3.", "retrofit2.",
            "io.github.resilience4j.");
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz012345";

    @TempDir
    Path dir;

    @Test
    void importingAndCountingKeysLoadsNeitherDiscordNorTheRobloxClient() throws Exception {
        Files.writeString(dir.resolve("keys.txt"), KEY + "\n");

        List<String> imported = loadedClasses("keys", "import", "--type", "weekly", "keys.txt");
        List<String> stats = loadedClasses("keys", "stats");

        // The logs are real: the commands' own classes are in them.
        assertThat(imported).contains("org.awpt.bootstrap.cli.KeysImportCommand");
        assertThat(stats).contains("org.awpt.bootstrap.cli.KeysStatsCommand", "org.sqlite.JDBC");
        assertThat(imported).filteredOn(this::botOnly).isEmpty();
        assertThat(stats).filteredOn(this::botOnly).isEmpty();
    }

    private boolean botOnly(String className) {
        return BOT_ONLY.stream().anyMatch(className::startsWith);
    }

    /** Runs {@code awpt args} in a fresh JVM on this class path; the names of the classes it loaded. */
    private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load=info:file=" + log, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().put("AWPT_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("AWPT_ADMIN_USER_IDS", "42");
        Process process = builder.start();
        // Generous: the machine is shared; this waits for the end, it does not time anything.
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("output.txt"))).isZero();
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            // [0.012s][info][class,load] java.lang.Object source: shared objects file
            String[] parts = line.split(" ");
            if (parts.length > 1) {
                classes.add(parts[1]);
            }
        }
        return classes;
    }
}
