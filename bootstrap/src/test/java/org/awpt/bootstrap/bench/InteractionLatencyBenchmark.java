package org.awpt.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How fast the bot answers Discord: {@link SimulatedBuyers} against the production assembly, then a
 * Markdown report on standard output (per interaction kind: acknowledgement and answer p50, p95, p99,
 * max; memory; the targets). Not a test: run it by hand on a machine as quiet as can be found, as
 * docs/benchmarks.md says.
 *
 * <p>Arguments (all optional): {@code --buyers 50 --interactions 1000 --think-ms 1000
 * --roblox-delay-ms 50 --warm-up-buyers 5 --conformance-checks 0}.
 */
public final class InteractionLatencyBenchmark {
    private static final Duration ACK_TARGET = Duration.ofMillis(100);
    private static final Duration VERIFY_TARGET = Duration.ofMillis(300);
    private static final long HEAP_TARGET_BYTES = 256L * 1024 * 1024;

    private InteractionLatencyBenchmark() {
    }

    /** Runs the benchmark and prints the report. */
    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = options(args);
        Workload workload = new Workload(options.get("buyers"), options.get("interactions"),
                Duration.ofMillis(options.get("think-ms")), Duration.ofMillis(options.get("roblox-delay-ms")),
                options.get("warm-up-buyers"), options.get("conformance-checks") == 1);
        Path dir = Files.createTempDirectory("awpt-latency");
        String loadBefore = loadAverage();
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SimulatedBuyers.Results results;
        ProcessMemory started;
        ProcessMemory memory;
        long robloxRequests;
        try (SimulatedBuyers shop = SimulatedBuyers.start(workload, dir)) {
            started = ProcessMemory.afterGc();
            results = shop.run();
            memory = ProcessMemory.afterGc();
            robloxRequests = shop.robloxRequests();
        } finally {
            deleteTree(dir);
        }
        System.out.println(report(workload, results, started, memory, robloxRequests, startedAt, loadBefore, loadAverage()));
        boolean complete = results.failures().isEmpty() && results.unexpectedAnswers().isEmpty()
                && results.unexpectedCalls() == 0 && results.unacknowledged() == 0;
        System.exit(complete ? 0 : 1);
    }

    private static Map<String, Integer> options(String[] args) {
        Map<String, Integer> options = new LinkedHashMap<>(Map.of("buyers", 50, "interactions", 1000, "think-ms", 1000,
                "roblox-delay-ms", 50, "warm-up-buyers", 5, "conformance-checks", 0));
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!options.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or no value: " + args[i] + "; options: "
                        + options.keySet());
            }
            options.put(name, Integer.parseInt(args[i + 1]));
        }
        return options;
    }

    static String report(Workload workload, SimulatedBuyers.Results results, ProcessMemory started, ProcessMemory memory,
            long robloxRequests, Instant startedAt, String loadBefore, String loadAfter) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Measured %s on %d cores, Java %s. Load average (1, 5, 15 min) `%s` at "
                + "the start and `%s` at the end.%n%n", startedAt, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadBefore, loadAfter));
        out.append(String.format(Locale.ROOT, "Workload: %d buyers at once, %d interactions (%d measured), a person's "
                + "pause of %d ms on average before each, Roblox answering after %d ms, %d warm-up buyers first "
                + "(unmeasured); the stand-in's checks against Discord's description %s. Run: %.1f s wall, %.1f s CPU of the whole process (bot, stand-ins and buyers), "
                + "%.1f interactions/s, %d Roblox requests.%n%n", workload.buyers(), workload.interactions(),
                results.samples().size(), workload.thinkTime().toMillis(), workload.robloxDelay().toMillis(),
                workload.warmUpBuyers(), workload.conformanceChecks() ? "on" : "off during the run",
                seconds(results.wall()), seconds(results.cpu()),
                results.samples().size() / seconds(results.wall()), robloxRequests));
        out.append("| Interaction | count | ack p50 | ack p95 | ack p99 | ack max | answer p50 | answer p95 "
                + "| answer p99 | answer max |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (InteractionKind kind : InteractionKind.values()) {
            List<LatencySample> samples = results.of(kind);
            if (!samples.isEmpty()) {
                out.append(row(kind.label(), samples));
            }
        }
        out.append(row("**all**", results.samples()));
        out.append('\n');
        Percentiles acks = new Percentiles(measure(results.samples(), LatencySample::acknowledged));
        List<LatencySample> verifications = results.of(InteractionKind.VERIFY_ROBUX);
        out.append("| Target | Result | |\n|---|---|---|\n");
        out.append(target("acknowledgement p99, every kind", millis(acks.at(99)), acks.at(99).compareTo(ACK_TARGET) < 0,
                "< 100 ms"));
        if (!verifications.isEmpty()) {
            Duration verify = new Percentiles(measure(verifications, LatencySample::answered)).at(99);
            out.append(target("Robux verification, final answer p99", millis(verify),
                    verify.compareTo(VERIFY_TARGET) < 0, "< 300 ms"));
        }
        out.append(target("heap used after the run, after a full GC", mebibytes(memory.heapUsedBytes()),
                memory.heapUsedBytes() < HEAP_TARGET_BYTES, "< 256 MiB"));
        out.append(String.format(Locale.ROOT, "| heap used once started, before the buyers (after a full GC) | %s | "
                + "comparison |%n", mebibytes(started.heapUsedBytes())));
        out.append(String.format(Locale.ROOT, "| process resident memory (VmRSS): once started / at the end | %s / %s | "
                + "comparison |%n%n", mebibytes(started.residentBytes()), mebibytes(memory.residentBytes())));
        if (!results.standInHandling().isEmpty()) {
            Percentiles handling = new Percentiles(results.standInHandling());
            out.append(String.format(Locale.ROOT, "The Discord stand-in's own time per REST call of the bot (parse, "
                    + "check against Discord's description, route), included in the answer times: p50 %s, p99 %s, "
                    + "max %s over %d calls.%n", millis(handling.at(50)), millis(handling.at(99)),
                    millis(handling.max()), handling.count()));
        }
        out.append(String.format(Locale.ROOT, "Completeness: %d unexpected answers %s, %d buyers stopped early %s, "
                + "%d calls outside the stand-in's routes or Discord's description, %d interactions unacknowledged.%n",
                results.unexpectedAnswers().values().stream().mapToLong(Long::longValue).sum(),
                results.unexpectedAnswers(), results.failures().size(), results.failures(), results.unexpectedCalls(),
                results.unacknowledged()));
        return out.toString();
    }

    private static String row(String label, List<LatencySample> samples) {
        Percentiles ack = new Percentiles(measure(samples, LatencySample::acknowledged));
        Percentiles answer = new Percentiles(measure(samples, LatencySample::answered));
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", label,
                samples.size(), millis(ack.at(50)), millis(ack.at(95)), millis(ack.at(99)), millis(ack.max()),
                millis(answer.at(50)), millis(answer.at(95)), millis(answer.at(99)), millis(answer.max()));
    }

    private static String target(String what, String result, boolean met, String goal) {
        return String.format(Locale.ROOT, "| %s (%s) | %s | %s |%n", what, goal, result, met ? "met" : "**missed**");
    }

    private static List<Duration> measure(List<LatencySample> samples, Function<LatencySample, Duration> measure) {
        return samples.stream().map(measure).toList();
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
