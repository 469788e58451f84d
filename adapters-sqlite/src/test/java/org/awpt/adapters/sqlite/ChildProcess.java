package org.awpt.adapters.sqlite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link SqliteChild} JVM on this test class path, its output lines read as they come. */
final class ChildProcess implements AutoCloseable {
    private static final String END = "\u0000end";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    private ChildProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The child was killed: what it printed before is in the queue.
            } finally {
                lines.add(END);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@link SqliteChild} with these arguments. */
    static ChildProcess start(String... args) throws IOException {
        return start(null, args);
    }

    /**
     * Starts {@link SqliteChild} under {@code ulimit -f blocks} (1 KiB blocks) when {@code fileSizeLimitKib}
     * is not null. The SQLite native library is loaded from a copy made beforehand: the child could not
     * extract it under a small file size limit.
     */
    static ChildProcess start(Long fileSizeLimitKib, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (fileSizeLimitKib != null) {
            command.addAll(List.of("bash", "-c", "ulimit -f " + fileSizeLimitKib + " && exec \"$@\"", "child"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        if (fileSizeLimitKib != null) {
            Path lib = nativeLibrary();
            command.add("-Dorg.sqlite.lib.path=" + lib.getParent());
            command.add("-Dorg.sqlite.lib.name=" + lib.getFileName());
        }
        command.add(SqliteChild.class.getName());
        command.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private static synchronized Path nativeLibrary() throws IOException {
        String os = System.getProperty("os.arch").contains("aarch64") ? "aarch64" : "x86_64";
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "awpt-sqlite-test-native", "libsqlitejdbc.so");
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream("/org/sqlite/native/Linux/" + os
                    + "/libsqlitejdbc.so")) {
                if (in == null) {
                    throw new IOException("no native SQLite library for Linux/" + os + " in sqlite-jdbc");
                }
                Path part = Files.createTempFile(target.getParent(), "lib", ".part");
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return target;
    }

    /** The next line starting with {@code prefix}, or {@code null} when the child ended first. */
    String awaitLine(String prefix) throws InterruptedException {
        while (true) {
            String line = lines.poll(300, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("the child said nothing for 300 s; it printed: " + all);
            }
            if (line.equals(END)) {
                lines.add(END);
                return null;
            }
            all.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** Whether the child still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the child (SIGKILL) and waits for it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child did not die");
        }
    }

    /** Waits for the child to end on its own; its exit code. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child did not end");
        }
        return process.exitValue();
    }

    /** Every line the child printed (after {@link #kill} or {@link #waitFor}), including those not awaited yet. */
    List<String> allLines() throws InterruptedException {
        while (awaitLine("\u0002") != null) {
            // Drains what is left.
        }
        return List.copyOf(all);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
