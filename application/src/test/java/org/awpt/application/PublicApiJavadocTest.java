package org.awpt.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.awpt.domain.JavadocScan;
import org.junit.jupiter.api.Test;

/** The application's public API (use cases, ports, values) has a Javadoc line on every public declaration. */
class PublicApiJavadocTest {

    @Test
    void everyPublicTypeAndMemberOfMainSourcesHasJavadoc() {
        assertThat(JavadocScan.undocumentedIn(Path.of("src/main/java")))
                .as("public declarations without a preceding /** comment").isEmpty();
    }
}
