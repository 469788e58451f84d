package org.awpt.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.awpt.domain.JavadocScan;
import org.junit.jupiter.api.Test;

/** The test kit is a public API too: every public declaration of its main sources has a Javadoc line. */
class TestkitJavadocTest {

    @Test
    void everyPublicTypeAndMemberOfMainSourcesHasJavadoc() {
        assertThat(JavadocScan.undocumentedIn(Path.of("src/main/java")))
                .as("public declarations without a preceding /** comment").isEmpty();
    }
}
