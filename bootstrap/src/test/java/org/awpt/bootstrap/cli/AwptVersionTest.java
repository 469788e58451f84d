package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AwptVersionTest {

    private static Properties built(String version, String commit, String dirty) {
        Properties properties = new Properties();
        properties.setProperty("version", version);
        properties.setProperty("commit", commit);
        properties.setProperty("dirty", dirty);
        return properties;
    }

    @Test
    void theReleaseAndTheCommitItWasBuiltFrom() {
        assertThat(AwptVersion.line(built("0.2.0", "1a2b3c4d5e", "false"))).isEqualTo("AWPT 0.2.0 (commit 1a2b3c4d5e)");
        assertThat(AwptVersion.line(built("0.2.0", "1a2b3c4d5e", "true")))
                .isEqualTo("AWPT 0.2.0 (commit 1a2b3c4d5e, modified)");
    }

    @Test
    void aBuildOutsideGitSaysTheCommitIsUnknown() {
        assertThat(AwptVersion.line(built("0.2.0", "${git.commit.id.abbrev}", "${git.dirty}")))
                .isEqualTo("AWPT 0.2.0 (commit unknown)");
        assertThat(AwptVersion.line(new Properties())).isEqualTo("AWPT (version unknown) (commit unknown)");
    }

    @Test
    void theReleaseIsTheOneThePomsName() {
        assertThat(AwptVersion.release()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void dashDashVersionPrintsWhatTheBuildRecorded() {
        CliRun run = CliRun.of(Path.of("."), Map.of(), "--version");

        assertThat(run.code()).isZero();
        // This build is the project's own: a version, and the commit when built from a git clone.
        assertThat(run.out().strip()).matches("AWPT \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit (unknown|[0-9a-f]{10}(, modified)?)\\)");
    }
}
