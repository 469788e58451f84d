package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives the process being killed (SIGKILL) at once: the H2 file is
 * committed after each write command, not only by its own once-a-second auto-commit.
 */
class DurabilityTest {

    @Test
    void everyAcknowledgedWriteIsThereAfterTheProcessWasKilledRightAfterIt(@TempDir Path data) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DurabilityChild.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            boolean acked = false;
            while (!acked && (line = out.readLine()) != null) {
                acked = line.equals("ACKED");
            }
            assertThat(acked).as("the child acknowledged its writes").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (MongoPersistence reopened = MongoPersistence.connect(MongoSettings.embedded(data),
                LicenseTypeCatalog.defaults(), MongoTestServer.CLOCK)) {
            assertThat(reopened.licenseKeys().count(KeyFilter.ALL)).isEqualTo(DurabilityChild.KEYS);
            assertThat(reopened.licenseKeys().count(KeyFilter.of(null, KeyStatus.USED)))
                    .isEqualTo(DurabilityChild.CLAIMS);
            for (int i = 0; i < DurabilityChild.KEYS; i++) {
                assertThat(reopened.licenseKeys().findByCode(DurabilityChild.code(i))).isPresent();
            }
            for (int i = 0; i < DurabilityChild.CLAIMS; i++) {
                assertThat(reopened.licenseKeys().findByOrder(new OrderId("crash-" + i))).isPresent();
            }
        }
    }
}
