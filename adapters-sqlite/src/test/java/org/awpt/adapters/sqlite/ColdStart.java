package org.awpt.adapters.sqlite;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.domain.license.LicenseTypeCatalog;

/**
 * What a command does in a fresh JVM, for the benchmark: {@code count DATA [flyway]} opens the store
 * and counts the keys ({@code flyway}: runs Flyway's {@code migrate()} first, as an open without the
 * version check would), printing {@code OPENED openMs totalMs keys cpuMsOfTheProcess}; {@code export DATA FILE} streams
 * every key to a file, printing {@code EXPORTED ms keys unreadable}.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /** See the class comment. */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        SqliteSettings settings = SqliteSettings.defaults(Path.of(args[1]));
        if (args[0].equals("count")) {
            if (args.length > 2 && args[2].equals("flyway")) {
                SchemaMigrations.migrate(settings.databaseFile(), settings);
            }
            try (SqlitePersistence persistence = SqlitePersistence.openExisting(settings, LicenseTypeCatalog.defaults(),
                    Clock.systemUTC())) {
                long opened = System.nanoTime();
                long keys = persistence.licenseKeys().count(KeyFilter.ALL);
                long counted = System.nanoTime();
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
                System.out.println("OPENED " + (opened - start) / 1_000_000 + " " + (counted - start) / 1_000_000 + " "
                        + keys + " " + cpu);
            }
            return;
        }
        try (SqlitePersistence persistence = SqlitePersistence.openExisting(settings, LicenseTypeCatalog.defaults(),
                Clock.systemUTC());
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            long begin = System.nanoTime();
            KeyScan scan = persistence.licenseKeys().scan(KeyFilter.ALL, key -> {
                try {
                    out.write(key.code().value() + "," + key.type().value() + "," + key.status().wireName() + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            System.out.println("EXPORTED " + (System.nanoTime() - begin) / 1_000_000 + " " + scan.keys() + " "
                    + scan.unreadable().size());
        }
    }
}
