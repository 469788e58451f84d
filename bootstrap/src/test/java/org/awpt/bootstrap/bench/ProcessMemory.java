package org.awpt.bootstrap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's memory: resident set size as the kernel counts it ({@code VmRSS} of
 * {@code /proc/self/status}) and Java heap in use after a full collection.
 *
 * @param residentBytes the process's resident memory
 * @param heapUsedBytes heap in use after {@link System#gc()}
 */
public record ProcessMemory(long residentBytes, long heapUsedBytes) {

    /** Collects garbage, then reads both figures. */
    public static ProcessMemory afterGc() {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new ProcessMemory(vmRss(), heap);
    }

    private static long vmRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no VmRSS in /proc/self/status"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
