package org.awpt.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit never runs beside a command: it waits for running commands, which may be updating stored
 * documents in place, so it never writes a document half changed or ahead of its index entries.
 */
class CommitExclusionTest {
    @TempDir
    Path data;

    @Test
    void aCommitWaitsForTheRunningCommandAndThenRuns() throws Exception {
        CompactH2Backend backend = CompactH2Backend.open(data.resolve("exclusion.mv"));
        try {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> command = CompletableFuture.runAsync(() -> backend.beside(() -> {
                running.countDown();
                await(release);
                return null;
            }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> commit = CompletableFuture.runAsync(backend::commit);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!backend.commitWaiting() && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            assertThat(backend.commitWaiting()).as("the commit waits for the command").isTrue();
            assertThat(commit).isNotDone();

            release.countDown();
            command.get(30, TimeUnit.SECONDS);
            commit.get(30, TimeUnit.SECONDS);
            assertThat(backend.commitWaiting()).isFalse();
        } finally {
            backend.close();
        }
    }

    @Test
    void commandsRunBesideEachOther() throws Exception {
        CompactH2Backend backend = CompactH2Backend.open(data.resolve("shared.mv"));
        try {
            CountDownLatch bothInside = new CountDownLatch(2);
            Runnable command = () -> backend.beside(() -> {
                bothInside.countDown();
                await(bothInside);
                return null;
            });
            CompletableFuture.allOf(CompletableFuture.runAsync(command), CompletableFuture.runAsync(command))
                    .get(30, TimeUnit.SECONDS);
        } finally {
            backend.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
