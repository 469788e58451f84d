package org.awpt.adapters.sqlite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.adapters.sqlite.ColdStart;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.adapters.sqlite.SqliteSynchronous;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;

/**
 * Measures the SQLite store at 100,000 keys (not a test: run it by hand, see adapters-sqlite/README.md)
 * and writes the figures into the SQLite section of {@code docs/benchmarks.md}: open + first count
 * from a cold JVM (with and without Flyway), file size, import, claims from 16 threads with
 * {@code synchronous=FULL} and {@code NORMAL}, the original bot's find-then-update claim, statistics,
 * and an export of 200,000 keys in a 48 MiB JVM while 16 threads claim.
 *
 * <p>Usage: {@code java -cp ... SqliteInventoryBenchmark [benchmarks.md]}.
 */
public final class SqliteInventoryBenchmark {
    private static final int KEYS = 100_000;
    private static final int THREADS = 16;
    private static final int CLAIMS = 4_000;
    private static final int NAIVE_CLAIMS = 2_000;
    private static final int COLD_RUNS = 3;
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final String START = "<!-- sqlite-benchmark:start -->";
    static final String END = "<!-- sqlite-benchmark:end -->";

    private final List<String> rows = new ArrayList<>();
    private final String loadAtStart = loadAverage();
    private final Path folder;
    private final AtomicInteger failed = new AtomicInteger();

    private SqliteInventoryBenchmark(Path folder) {
        this.folder = folder;
    }

    /** Runs every measurement and writes the report's SQLite section. */
    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path folder = Files.createTempDirectory("awpt-sqlite-bench");
        SqliteInventoryBenchmark benchmark = new SqliteInventoryBenchmark(folder);
        benchmark.run();
        benchmark.write(output);
        System.exit(0);
    }

    private void run() throws Exception {
        double fsyncs = fsyncsPerSecond();
        row("this disk's fsync rate (a 4 KiB write + force, 200 times): synchronous=FULL fsyncs once per commit", String.format(Locale.ROOT, "%,.0f fsyncs/s", fsyncs), "comparison", true);
        SqliteSettings full = SqliteSettings.defaults(folder.resolve("full"));
        try (SqlitePersistence persistence = open(full)) {
            LicenseKeyRepository keys = persistence.licenseKeys();
            long cpuBefore = cpuMillis();
            long importMillis = time(() -> keys.insertAll(stock(0, KEYS)));
            row("import " + KEYS + " keys with random codes (insertAll: a transaction per 1,000, FULL)", importMillis + " ms (CPU: "
                    + (cpuMillis() - cpuBefore) + " ms)", "< 3 s", importMillis < 3_000);
        }
        long bytes = Files.size(full.databaseFile());
        row("file size at " + KEYS + " keys (closed, WAL checkpointed)", String.format(Locale.ROOT, "%.1f MB",
                bytes / 1e6), "< 25 MB", bytes < 25_000_000);
        coldOpen(full);

        try (SqlitePersistence persistence = open(full)) {
            LicenseKeyRepository keys = persistence.licenseKeys();
            double statistics = medianMillis(keys);
            row("statistics (countByTypeAndStatus: the key_counts rows the triggers keep), median of 7, "
                    + "no cache", String.format(Locale.ROOT, "%.1f ms", statistics), "< 20 ms", statistics < 20);
            ClaimRun atomic = claims(keys, "full-", CLAIMS);
            row(CLAIMS + " claims from " + THREADS + " threads, synchronous=FULL (one UPDATE ... RETURNING each; claims "
                    + "waiting at once share one commit)", atomic.rate() + ", p99 " + atomic.p99(), ">= 1,500/s", atomic.perSecond() >= 1_500);
            row("keys handed out twice (FULL)", atomic.duplicates() + " of " + atomic.claims(), "0",
                    atomic.duplicates() == 0);
        }

        SqliteSettings normal = new SqliteSettings(folder.resolve("normal"), SqliteSynchronous.NORMAL,
                Duration.ofSeconds(10));
        try (SqlitePersistence persistence = open(normal)) {
            LicenseKeyRepository keys = persistence.licenseKeys();
            keys.insertAll(stock(0, KEYS));
            ClaimRun atomic = claims(keys, "normal-", CLAIMS);
            row(CLAIMS + " claims from " + THREADS + " threads, synchronous=NORMAL", atomic.rate() + ", p99 "
                    + atomic.p99(), ">= 5,000/s", atomic.perSecond() >= 5_000);
            row("keys handed out twice (NORMAL)", atomic.duplicates() + " of " + atomic.claims(), "0",
                    atomic.duplicates() == 0);
        }

        SqliteSettings naive = SqliteSettings.defaults(folder.resolve("naive"));
        try (SqlitePersistence persistence = open(naive)) {
            persistence.licenseKeys().insertAll(stock(0, KEYS));
        }
        ClaimRun original = naiveClaims(naive.databaseFile());
        row(NAIVE_CLAIMS + " claims from " + THREADS + " threads, the original bot's find-then-update (SELECT one "
                + "available key, then UPDATE it by id, autocommit; FULL)", original.rate() + ", " + failed.get()
                + " failed with SQLITE_BUSY", "comparison", true);
        row("keys handed out twice by find-then-update", original.duplicates() + " of " + original.claims(),
                "comparison", true);

        exportDuringClaims(full);
    }

    /**
     * Opens in a fresh JVM and counts: the in-JVM figure, the process's wall time and its CPU time,
     * each a median of runs; with the JVM's defaults, with Flyway's migrate() forced, and with the C1
     * compiler only (a start-up flag a launcher of short commands can add).
     */
    private void coldOpen(SqliteSettings settings) throws Exception {
        List<String> fast = List.of("-XX:TieredStopAtLevel=1");
        coldOpen(settings, List.of(), "check", "open + first count (quick_check, schema version, count) in a fresh "
                + "JVM, default JVM flags", "< 0.5 s", true);
        coldOpen(settings, List.of(), "flyway", "the same if Flyway's migrate() ran at every open (it does not: the "
                + "recorded version is read first)", "comparison", false);
        coldOpen(settings, fast, "check", "open + first count in a fresh JVM with `-XX:TieredStopAtLevel=1` "
                + "(no C2 compiler threads competing for the 2 cores)", "< 0.5 s", true);
        // As bin/awpt starts a command: a class-data archive that an earlier run wrote, C1, serial GC.
        // The JVM archives classes from jars only, so the child runs on jars of this class path's folders.
        String jars = jarredClassPath();
        Path archive = folder.resolve("cold-open.jsa");
        List<String> quiet = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        child(jars, concat(List.of("-XX:ArchiveClassesAtExit=" + archive), quiet), ColdStart.class.getName(), "count",
                settings.dataDirectory().toString(), "check");
        coldOpen(settings, jars, concat(List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"), quiet), "check", "open + first count in a fresh JVM started as `bin/awpt` starts "
                + "a command (`-XX:SharedArchiveFile` written by an earlier run, `-XX:TieredStopAtLevel=1`, "
                + "`-XX:+UseSerialGC`)", "< 0.5 s", true);
    }

    /** This class path with each folder (target/classes) packed into a jar of its own. */
    private String jarredClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path jar = folder.resolve("classpath-" + entries.size() + ".jar");
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                    java.util.stream.Stream<Path> files = Files.walk(path)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    out.putNextEntry(new java.util.jar.JarEntry(path.relativize(file).toString()
                            .replace(java.io.File.separatorChar, '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private void coldOpen(SqliteSettings settings, List<String> jvmOptions, String mode, String what, String target,
            boolean judged) throws Exception {
        coldOpen(settings, System.getProperty("java.class.path"), jvmOptions, mode, what, target, judged);
    }

    private void coldOpen(SqliteSettings settings, String classPath, List<String> jvmOptions, String mode, String what,
            String target, boolean judged) throws Exception {
        long[] inside = new long[COLD_RUNS];
        long[] wall = new long[COLD_RUNS];
        long[] cpu = new long[COLD_RUNS];
        for (int run = 0; run < COLD_RUNS; run++) {
            long start = System.nanoTime();
            List<String> lines = child(classPath, jvmOptions, ColdStart.class.getName(), "count",
                    settings.dataDirectory().toString(), mode);
            wall[run] = (System.nanoTime() - start) / 1_000_000;
            String[] opened = lines.stream().filter(line -> line.startsWith("OPENED ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the child said " + lines)).split(" ");
            inside[run] = Long.parseLong(opened[2]);
            cpu[run] = Long.parseLong(opened[4]);
        }
        Arrays.sort(inside);
        Arrays.sort(wall);
        Arrays.sort(cpu);
        long median = inside[COLD_RUNS / 2];
        row(what + ", median of " + COLD_RUNS, median + " ms in main (whole process with JVM start: "
                + wall[COLD_RUNS / 2] + " ms; CPU of the whole process: " + cpu[COLD_RUNS / 2] + " ms)", target,
                !judged || median < 500);
    }

    /**
     * Adds 100,000 keys (200,000 in all), then exports them all from a 48 MiB JVM while 16 threads of
     * this one claim; the claims' latency is measured before and during the export.
     */
    private void exportDuringClaims(SqliteSettings settings) throws Exception {
        try (SqlitePersistence persistence = open(settings)) {
            LicenseKeyRepository keys = persistence.licenseKeys();
            keys.insertAll(stock(KEYS, KEYS));
            AtomicBoolean exporting = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger orders = new AtomicInteger();
            ExecutorService claimers = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                DiscordUserId buyer = new DiscordUserId(2_000 + t);
                running.add(claimers.submit(() -> {
                    int made = 0;
                    while (exporting.get()) {
                        long start = System.nanoTime();
                        keys.claim(order("export-" + orders.incrementAndGet(), buyer), T0).orElseThrow();
                        latencies.add(System.nanoTime() - start);
                        made++;
                    }
                    return made;
                }));
            }
            Path file = folder.resolve("export.csv");
            long start = System.nanoTime();
            List<String> lines;
            try {
                lines = child(List.of("-Xmx48m"), ColdStart.class.getName(), "export",
                        settings.dataDirectory().toString(), file.toString());
            } finally {
                exporting.set(false);
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            int claimed = 0;
            for (Future<Integer> thread : running) {
                claimed += thread.get();
            }
            claimers.shutdown();
            String[] exported = lines.stream().filter(line -> line.startsWith("EXPORTED ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the export child said " + lines)).split(" ");
            long exportMillis = Long.parseLong(exported[1]);
            row("export (scan) of " + exported[2] + " keys to a file in a 48 MiB JVM (one read transaction, "
                    + "forward-only cursor) while " + THREADS + " threads claim", exportMillis + " ms (process: " + wall
                    + " ms), " + exported[3] + " unreadable", "< 10 s", exportMillis < 10_000);
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.floor(sorted.size() * 0.99)) / 1e6;
            row("claims during the export: p99 latency (FULL)", String.format(Locale.ROOT, "%.1f ms over %d claims", p99,
                    claimed), "< 100 ms", p99 < 100);
        }
    }

    private double fsyncsPerSecond() throws IOException {
        Path probe = folder.resolve("fsync-probe");
        byte[] page = new byte[4_096];
        long start = System.nanoTime();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(probe,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            for (int i = 0; i < 200; i++) {
                channel.write(java.nio.ByteBuffer.wrap(page), (long) i * page.length);
                channel.force(false);
            }
        }
        double perSecond = 200 * 1e9 / (System.nanoTime() - start);
        Files.delete(probe);
        return perSecond;
    }

    /** CPU time this process used so far: unlike wall time, it does not grow when other work takes the CPUs. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static SqlitePersistence open(SqliteSettings settings) {
        return SqlitePersistence.open(settings, LicenseTypeCatalog.defaults(), CLOCK);
    }

    private static double medianMillis(LicenseKeyRepository keys) {
        long[] nanos = new long[7];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            keys.countByTypeAndStatus();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    private static ClaimOrder order(String id, DiscordUserId buyer) {
        return new ClaimOrder(new OrderId(id), LicenseType.weekly(), buyer, null, null);
    }

    private static ClaimRun claims(LicenseKeyRepository keys, String prefix, int claims) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Set<KeyCode> codes = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Callable<Integer>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            DiscordUserId buyer = new DiscordUserId(1_000 + t);
            threads.add(() -> {
                int mine = 0;
                for (int n = next.incrementAndGet(); n <= claims; n = next.incrementAndGet()) {
                    long start = System.nanoTime();
                    Optional<LicenseKey> key = keys.claim(order(prefix + n, buyer), T0);
                    latencies.add(System.nanoTime() - start);
                    codes.add(key.orElseThrow().code());
                    mine++;
                }
                return mine;
            });
        }
        long start = System.nanoTime();
        long cpu = cpuMillis();
        int made = runAll(threads).stream().mapToInt(Integer::intValue).sum();
        return new ClaimRun(made, made - codes.size(), System.nanoTime() - start, new ArrayList<>(latencies),
                cpuMillis() - cpu);
    }

    /** The original: find any available key, then update it by id in a second statement, one connection per thread. */
    private ClaimRun naiveClaims(Path file) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Callable<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String buyer = Long.toString(1_000 + t);
            threads.add(() -> {
                List<String> mine = new ArrayList<>();
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                        Statement pragmas = connection.createStatement();
                        PreparedStatement find = connection.prepareStatement("SELECT id, code FROM license_keys "
                                + "WHERE type = 'weekly' AND status = 'available' LIMIT 1");
                        PreparedStatement take = connection.prepareStatement("UPDATE license_keys SET status = 'used', "
                                + "holder = ?, used_at = ? WHERE id = ?")) {
                    pragmas.execute("PRAGMA busy_timeout = 10000");
                    pragmas.execute("PRAGMA synchronous = FULL");
                    while (next.incrementAndGet() <= NAIVE_CLAIMS) {
                        long id;
                        String code;
                        try (ResultSet found = find.executeQuery()) {
                            found.next();
                            id = found.getLong(1);
                            code = found.getString(2);
                        }
                        take.setString(1, buyer);
                        take.setLong(2, T0.toEpochMilli());
                        take.setLong(3, id);
                        try {
                            take.executeUpdate();
                            mine.add(code);
                        } catch (SQLException busy) {
                            // The original had no retry either: the buyer got an error.
                            failed.incrementAndGet();
                        }
                    }
                }
                return mine;
            });
        }
        long start = System.nanoTime();
        List<String> handedOut = runAll(threads).stream().flatMap(List::stream).toList();
        long nanos = System.nanoTime() - start;
        return new ClaimRun(handedOut.size(), handedOut.size() - new HashSet<>(handedOut).size(), nanos, List.of(), -1);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs a main class of this class path in a fresh JVM; its output lines. */
    private static List<String> child(List<String> jvmOptions, String mainClass, String... args) throws Exception {
        return child(System.getProperty("java.class.path"), jvmOptions, mainClass, args);
    }

    private static List<String> child(String classPath, List<String> jvmOptions, String mainClass, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the child " + mainClass + " failed: " + lines);
        }
        return lines;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    /**
     * Keys with random codes, as a seller's are (codes in order would insert at the end of the code
     * indexes and hide most of an import's cost), all created at one instant, as an import makes them.
     */
    private static List<LicenseKey> stock(int from, int count) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        java.util.Random random = new java.util.Random(from);
        List<LicenseKey> keys = new ArrayList<>(count);
        char[] code = new char[KeyCode.LENGTH];
        for (int i = from; i < from + count; i++) {
            for (int c = 0; c < code.length; c++) {
                code[c] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            keys.add(LicenseKey.inStock(new KeyCode(new String(code)), LicenseType.weekly().code(), T0));
        }
        return keys;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void row(String what, String measured, String target, boolean met) {
        String line = "| " + what + " | " + measured + " | " + target + " | "
                + (target.equals("comparison") ? "" : met ? "met" : "**missed**") + " |";
        System.out.println(line);
        rows.add(line);
    }

    private void write(Path output) throws IOException {
        StringBuilder section = new StringBuilder(START).append('\n')
                .append("## SQLite store (the embedded default)\n\n")
                .append("Measured by `org.awpt.adapters.sqlite.bench.SqliteInventoryBenchmark` (adapters-sqlite test ")
                .append("classes) on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ")
                .append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(". Load average (1, 5, 15 min) `")
                .append(loadAtStart).append("` at the start and `").append(loadAverage()).append("` at the end: ")
                .append("the machine is shared, so a load above the core count means other work competed for the ")
                .append("CPUs and the disk during the run, and the figures are lower bounds.\n\n")
                .append("| Measurement (100,000 keys) | Result | Target | |\n|---|---|---|---|\n");
        rows.forEach(line -> section.append(line).append('\n'));
        section.append("\nReading the figures: wall times on a shared machine grow with its load; the CPU times do ")
                .append("not, and show what the work itself costs. `synchronous=FULL` fsyncs the WAL once per commit ")
                .append("and this disk manages the fsync rate of the first row; claims waiting at the same moment ")
                .append("share one transaction and its fsync (group commit, `ClaimBatcher`), each in its own ")
                .append("savepoint, acknowledged only after the commit: that is how FULL claims exceed the disk's ")
                .append("fsync rate. `NORMAL` does not wait for the disk. A cold open's CPU is mostly the JVM ")
                .append("loading and compiling the driver, JDBI and HikariCP (SQLite's own `quick_check` and count ")
                .append("of this file take about 0.1 s of CPU in the `sqlite3` shell); Flyway is loaded only when a ")
                .append("migration is due. The original's find-then-update hands keys out twice; the one-statement ")
                .append("claim never did. The export holds no lock: the claims' p99 during it is their queue in ")
                .append("front of the one writer on a loaded machine (compare the p99 of the FULL run).\n");
        section.append("\nRun it again from the repository root (it rewrites this section only):\n\n```\n")
                .append("mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt ")
                .append("-Dmdep.includeScope=test -pl adapters-sqlite -am && java -cp adapters-sqlite/target/test-classes:")
                .append("adapters-sqlite/target/classes:$(cat adapters-sqlite/target/classpath.txt) ")
                .append("org.awpt.adapters.sqlite.bench.SqliteInventoryBenchmark docs/benchmarks.md\n```\n")
                .append(END);
        String existing = Files.exists(output) ? Files.readString(output) : "# Inventory benchmarks\n";
        int start = existing.indexOf(START);
        int end = existing.indexOf(END);
        String updated = start >= 0 && end > start
                ? existing.substring(0, start) + section + existing.substring(end + END.length())
                : existing.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(output, updated);
    }

    private record ClaimRun(int claims, int duplicates, long nanos, List<Long> latencies, long cpuMillis) {
        double perSecond() {
            return claims * 1e9 / nanos;
        }

        String rate() {
            return String.format(Locale.ROOT, "%,.0f claims/s", perSecond())
                    + (cpuMillis >= 0 ? String.format(Locale.ROOT, " (CPU %.2f ms per claim)", (double) cpuMillis / claims)
                    : "");
        }

        String p99() {
            if (latencies.isEmpty()) {
                return "n/a";
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return String.format(Locale.ROOT, "%.1f ms", sorted.get((int) Math.floor(sorted.size() * 0.99)) / 1e6);
        }
    }
}
