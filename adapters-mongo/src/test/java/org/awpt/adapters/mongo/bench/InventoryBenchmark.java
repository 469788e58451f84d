package org.awpt.adapters.mongo.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.adapters.mongo.EmbeddedMongo;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.mongo.MongoSettings;
import org.awpt.adapters.mongo.Writers;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;
import org.bson.Document;

/**
 * Measures the inventory on the embedded server (not a test: run it by hand) and writes the
 * figures as Markdown: import of 100,000 keys, claims per second from 16 threads on a
 * 100,000-key inventory, the statistics aggregation, and the original bot's find-then-update
 * claim for comparison, with how many keys it hands out twice.
 *
 * <p>Usage: {@code java -cp ... InventoryBenchmark [output.md]} (default {@code docs/benchmarks.md}).
 */
public final class InventoryBenchmark {
    private static final int KEYS = 100_000;
    private static final int THREADS = 16;
    private static final int CLAIMS = 2_000;
    private static final int NAIVE_CLAIMS = 2_000;
    private static final int H2_CLAIMS = 1_000;
    private static final int SOLD_BEFORE = 50_000;
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final List<String> rows = new ArrayList<>();
    private final String loadAtStart = loadAverage();

    private InventoryBenchmark() {
    }

    /** Runs every measurement and writes the report. */
    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        InventoryBenchmark benchmark = new InventoryBenchmark();
        benchmark.onMemoryBackend();
        benchmark.onH2File();
        benchmark.write(output);
    }

    private void onMemoryBackend() throws Exception {
        try (EmbeddedMongo server = EmbeddedMongo.inMemory();
                MongoClient client = MongoClients.create(server.connectionString())) {
            // As the embedded default runs: this process alone writes the database.
            LicenseKeyRepository keys = MongoPersistence.onClient(client, "bench", LicenseTypeCatalog.defaults(), CLOCK,
                    Writers.THIS_PROCESS).licenseKeys();
            LicenseKeyRepository shared = MongoPersistence.onClient(client, "bench", LicenseTypeCatalog.defaults(),
                    CLOCK).licenseKeys();
            long importMillis = time(() -> keys.insertAll(stock(KEYS)));
            row("memory", "import " + KEYS + " keys (unordered insertMany, batches of 1,000)", importMillis + " ms",
                    "< 10 s");

            long seed = time(keys::countByTypeAndStatus);
            row("memory", "statistics over " + KEYS + " keys, first call (one $group aggregation seeds the tally)",
                    seed + " ms", "");
            row("memory", "statistics over " + KEYS + " keys, from the sole writer's tally, median of 7",
                    median(keys), "< 100 ms");
            row("memory", "statistics over " + KEYS + " keys, shared database (one $group aggregation each), "
                    + "median of 7", median(shared), "");
            long perDay = time(() -> keys.deliveriesPerDay(T0.minus(Duration.ofDays(30)), T0.plus(Duration.ofDays(1)),
                    ZoneOffset.UTC));
            row("memory", "deliveries per day over " + KEYS + " keys (one aggregation)", perDay + " ms", "");
            browse("memory", keys);

            ClaimRun atomic = claimConcurrently(keys, 0, CLAIMS, "atomic", false);
            row("memory", "claims 1-" + CLAIMS + " from " + THREADS + " threads on " + KEYS + " keys "
                    + "(findOneAndUpdate of a key still in stock, no sort)",
                    String.format(Locale.ROOT, "%.0f claims/s", atomic.perSecond()), ">= 1,000/s");
            ClaimRun later = claimConcurrently(keys, CLAIMS, 2 * CLAIMS, "atomic", false);
            row("memory", "claims " + (CLAIMS + 1) + "-" + (2 * CLAIMS), String.format(Locale.ROOT, "%.0f claims/s",
                    later.perSecond()), ">= 1,000/s");
            ClaimRun bulk = claimConcurrently(keys, 2 * CLAIMS, SOLD_BEFORE, "atomic", false);
            row("memory", "claims " + (2 * CLAIMS + 1) + "-" + SOLD_BEFORE, String.format(Locale.ROOT,
                    "%.0f claims/s", bulk.perSecond()), ">= 1,000/s");
            ClaimRun late = claimConcurrently(keys, SOLD_BEFORE, SOLD_BEFORE + CLAIMS, "atomic", false);
            row("memory", "claims " + (SOLD_BEFORE + 1) + "-" + (SOLD_BEFORE + CLAIMS) + " (" + SOLD_BEFORE
                    + " sold keys lie before the stock in the server's scan order)",
                    String.format(Locale.ROOT, "%.0f claims/s", late.perSecond()), ">= 1,000/s");
            row("memory", "keys handed out twice by the atomic claim",
                    (atomic.duplicates() + later.duplicates() + bulk.duplicates() + late.duplicates()) + " of "
                            + (atomic.claims() + later.claims() + bulk.claims() + late.claims()), "0");
            ClaimRun purchases = claimConcurrently(keys, SOLD_BEFORE + CLAIMS, SOLD_BEFORE + 2 * CLAIMS, "atomic", true);
            row("memory", CLAIMS + " purchases from " + THREADS + " threads (claim, then mark the key told: "
                    + "a compare-and-set on its revision)", String.format(Locale.ROOT, "%.0f purchases/s",
                    purchases.perSecond()), "");

            MongoCollection<Document> naiveKeys = client.getDatabase("bench_naive").getCollection("licensekeys");
            LicenseKeyRepository naiveStock = MongoPersistence.onClient(client, "bench_naive",
                    LicenseTypeCatalog.defaults(), CLOCK).licenseKeys();
            naiveStock.insertAll(stock(KEYS));
            ClaimRun naive = naiveClaims(naiveKeys);
            ClaimRun fresh = claimConcurrently(naiveStock, 0, NAIVE_CLAIMS, "compare", false);
            row("memory", NAIVE_CLAIMS + " claims from " + THREADS + " threads, the original's find-then-update",
                    String.format(Locale.ROOT, "%.0f claims/s", naive.perSecond()), "");
            row("memory", "keys handed out twice by the original's find-then-update",
                    naive.duplicates() + " of " + naive.claims(), "");
            row("memory", "atomic claim speed / find-then-update speed",
                    String.format(Locale.ROOT, "%.2f (%.0f/s against %.0f/s on a second fresh inventory)",
                            fresh.perSecond() / naive.perSecond(), fresh.perSecond(), naive.perSecond()), "");
        }
    }

    private void onH2File() throws Exception {
        Path data = Files.createTempDirectory("awpt-bench");
        try (MongoPersistence persistence = MongoPersistence.connect(MongoSettings.embedded(data),
                LicenseTypeCatalog.defaults(), CLOCK)) {
            LicenseKeyRepository keys = persistence.licenseKeys();
            long importMillis = time(() -> keys.insertAll(stock(KEYS)));
            row("H2 file", "import " + KEYS + " keys (committed after each batch)", importMillis + " ms", "< 10 s");
            long statistics = time(keys::countByTypeAndStatus);
            row("H2 file", "statistics over " + KEYS + " keys, first call (one $group aggregation seeds the tally)",
                    statistics + " ms", "");
            row("H2 file", "statistics over " + KEYS + " keys, from the tally, median of 7", median(keys), "< 100 ms");
            browse("H2 file", keys);
            ClaimRun atomic = claimConcurrently(keys, 0, H2_CLAIMS, "h2", false);
            row("H2 file", H2_CLAIMS + " claims from " + THREADS + " threads on " + KEYS
                    + " keys (each acknowledged after a commit of the file; writers asking at once share one)", String.format(Locale.ROOT, "%.0f claims/s",
                    atomic.perSecond()), "");
            row("H2 file", "keys handed out twice", atomic.duplicates() + " of " + atomic.claims(), "0");
        }
    }

    /** What an admin's /license view costs besides the statistics: a page of All Keys, a search. */
    private void browse(String backend, LicenseKeyRepository keys) {
        long page = time(() -> keys.list(KeyFilter.of(LicenseType.weekly().code(), KeyStatus.AVAILABLE), 500, 10));
        row(backend, "a page of All Keys (10 keys, type and status filter, sorted by createdAt, key)", page + " ms", "");
        long search = time(() -> keys.search("0000000000000000000000995", 10));
        row(backend, "search for a fragment of a code", search + " ms", "");
    }

    private static String median(LicenseKeyRepository keys) {
        long[] nanos = new long[7];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            keys.countByTypeAndStatus();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%.2f ms", nanos[nanos.length / 2] / 1e6);
    }

    private static ClaimRun claimConcurrently(LicenseKeyRepository keys, int from, int claims, String prefix,
            boolean markTold) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        Set<KeyCode> codes = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            DiscordUserId buyer = new DiscordUserId(1_000 + t);
            threads.add(() -> {
                int mine = 0;
                for (int n = next.incrementAndGet(); n <= claims; n = next.incrementAndGet()) {
                    Optional<LicenseKey> key = keys.claim(new ClaimOrder(new OrderId(prefix + "-" + n),
                            LicenseType.weekly(), buyer, null, null), T0);
                    codes.add(key.orElseThrow().code());
                    if (markTold) {
                        keys.markTold(key.get().code(), DeliveryChannel.DIRECT_MESSAGE, T0);
                    }
                    mine++;
                }
                return mine;
            });
        }
        long start = System.nanoTime();
        int made = runAll(threads).stream().mapToInt(Integer::intValue).sum();
        long nanos = System.nanoTime() - start;
        return new ClaimRun(made, made - codes.size(), nanos);
    }

    /** The original: find any available key, then update it by id in a second, unconditional step. */
    private static ClaimRun naiveClaims(MongoCollection<Document> keys) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Callable<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String buyer = Long.toString(1_000 + t);
            threads.add(() -> {
                List<String> mine = new ArrayList<>();
                while (next.incrementAndGet() <= NAIVE_CLAIMS) {
                    Document found = keys.find(Filters.and(Filters.eq("type", "weekly"),
                            Filters.eq("status", "available"))).first();
                    keys.updateOne(Filters.eq("_id", found.get("_id")), Updates.combine(Updates.set("status", "used"),
                            Updates.set("discordUserId", buyer), Updates.set("usedAt", Date.from(T0))));
                    mine.add(found.getString("key"));
                }
                return mine;
            });
        }
        long start = System.nanoTime();
        List<String> handedOut = runAll(threads).stream().flatMap(List::stream).toList();
        long nanos = System.nanoTime() - start;
        Set<String> distinct = new HashSet<>(handedOut);
        return new ClaimRun(handedOut.size(), handedOut.size() - distinct.size(), nanos);
    }

    /** Runs every task on its own thread and waits for all, however long it takes (no timeout: a benchmark). */
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

    /** Whether the machine was busy when the run started (a one-minute load average of 1 or more). */
    private boolean busy() {
        try {
            return Double.parseDouble(loadAtStart.split(" ")[0]) >= 1.0;
        } catch (RuntimeException unknown) {
            return true;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static List<LicenseKey> stock(int count) {
        List<LicenseKey> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(LicenseKey.inStock(new KeyCode(String.format(Locale.ROOT, "Bench%027d", i)),
                    LicenseType.weekly().code(), T0.plusMillis(i)));
        }
        return keys;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void row(String backend, String what, String measured, String target) {
        String line = "| " + backend + " | " + what + " | " + measured + " | " + target + " |";
        System.out.println(line);
        rows.add(line);
    }

    private void write(Path output) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Inventory benchmarks\n\n")
                .append("Measured by `org.awpt.adapters.mongo.bench.InventoryBenchmark` (adapters-mongo test classes) on ")
                .append("the embedded mongo-java-server, ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(", ")
                .append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
                .append(", load average `").append(loadAtStart).append("` at the start and `").append(loadAverage())
                .append("` at the end").append(busy() ? " (a load of 1 or more at the start: the machine was busy "
                        + "just before or during the run, so figures are lower bounds).\n" : ".\n")
                .append("The memory backend is what the tests use; the H2 file backend is the embedded default, ")
                .append("committed after every acknowledged write so that a killed process loses nothing.\n\n")
                .append("| Backend | Measurement | Result | Target |\n|---|---|---|---|\n");
        rows.forEach(line -> md.append(line).append('\n'));
        md.append("\n## Reading the figures\n\n")
                .append("- The embedded server uses an index only when it is unique and the filter names exactly its ")
                .append("fields; everything else is a scan in storage order, where sold keys stay in front of the stock. ")
                .append("A claim therefore takes a candidate code from a batch looked up by one scan (`StockHints`, 512 ")
                .append("at a time) and updates it with one `findOneAndUpdate` on `{status: available, key}`, answered ")
                .append("from the unique `key + status` index (ADR 0005). Claims no longer slow down as sales grow. ")
                .append("Before that change, claims filtered on `{type, status}` scanned past every sold key: 1,288/s ")
                .append("for the first 2,000 and 914/s for the next 2,000 (2026-11-25 21:37 UTC), and 37-62/s one at a ")
                .append("time with 50,000 sold. A sort would be far worse (the whole collection per claim).\n")
                .append("- The original's find-then-update hands most keys out several times, because its racing buyers ")
                .append("find and take the same key. The atomic claim never handed a key out twice, and is now faster.\n")
                .append("- Statistics: the embedded default is the database's only writer, so the key repository keeps the ")
                .append("counts per type and status in memory, seeded by one `$group` (the first call) and moved by each ")
                .append("write. On a shared database (a MongoDB URI) each call is one `$group`: this server evaluates ")
                .append("the group key per document (about 110-140 ms at 100,000 keys); MongoDB answers from the ")
                .append("`type + status + createdAt` index.\n")
                .append("- The H2 file backend (the embedded default) is committed before every write is acknowledged, ")
                .append("so a killed process loses nothing (`DurabilityTest`); a commit waits for running commands and ")
                .append("writers asking at once share it. Its maps use AWPT's compact types instead of Java ")
                .append("serialization (`embedded.CompactH2Backend`): the import took 105-140 s before.\n")
                .append("- A page of All Keys sorts the matching keys on this server (no index is used for a sort); a ")
                .append("search scans every code.\n")
                // Measured once by a separate probe; kept here so a new run does not drop the finding.
                .append("- Narrowing the old claim with a random lower bound on `key` (falling back to the unbounded ")
                .append("filter) did not help on the embedded server: it still scanned from the start of the collection, ")
                .append("now past about half of it per claim. A probe on 100,000 keys from 16 threads gave about 23 ")
                .append("claims/s (2026-11-25 about 21:00 UTC). It was not kept.\n");
        md.append("\nRun it again with `mvn -q -pl adapters-mongo -am package -DskipTests` and then\n")
                .append("`java -cp adapters-mongo/target/test-classes:adapters-mongo/target/classes:<dependencies> ")
                .append("org.awpt.adapters.mongo.bench.InventoryBenchmark docs/benchmarks.md`.\n");
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, md.toString());
    }

    private record ClaimRun(int claims, int duplicates, long nanos) {
        double perSecond() {
            return claims * 1e9 / nanos;
        }
    }
}
