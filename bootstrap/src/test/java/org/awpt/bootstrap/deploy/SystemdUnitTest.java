package org.awpt.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy/awpt.service}: what a service manager runs, checked by systemd itself where it is installed. */
class SystemdUnitTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final Path UNIT = REPOSITORY.resolve("deploy/awpt.service");

    @Test
    void theUnitRunsTheBotAsAnUnprivilegedUserConfinedToItsDataFolder() throws IOException {
        String unit = Files.readString(UNIT);

        assertThat(unit).contains("ExecStart=/opt/awpt/bin/awpt run", "User=awpt", "Restart=on-failure",
                "RestartPreventExitStatus=2", "NoNewPrivileges=yes", "ProtectSystem=strict",
                "ReadWritePaths=/var/lib/awpt", "Environment=AWPT_DATA_DIR=/var/lib/awpt/data",
                "EnvironmentFile=/etc/awpt.env", "UMask=0077");
        // A graceful stop exits 0 (StopSignal), so the unit needs no SuccessExitStatus=143 to hide a failure.
        assertThat(unit).doesNotContain("SuccessExitStatus");
    }

    @Test
    void systemdAcceptsTheUnitWithoutAWarning(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("systemd-analyze"),
                "systemd-analyze is not installed (Debian package systemd)");
        // The unit names the installed location; here the repository's own launcher stands in for it.
        Path unit = dir.resolve("awpt.service");
        Files.writeString(unit, Files.readString(UNIT).replace("/opt/awpt", REPOSITORY.toString()));

        Process verify = new ProcessBuilder("systemd-analyze", "verify", unit.toString())
                .redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(verify.exitValue()).as(said).isZero();
        // systemd only warns about a directive it cannot parse, naming the unit file and line.
        assertThat(said).doesNotContain("awpt.service:");
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
