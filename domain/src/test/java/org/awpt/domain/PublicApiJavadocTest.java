package org.awpt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain's public API is documented: every public type and member has a Javadoc line. */
class PublicApiJavadocTest {

    @Test
    void everyPublicTypeAndMemberOfMainSourcesHasJavadoc() {
        assertThat(JavadocScan.undocumentedIn(Path.of("src/main/java")))
                .as("public declarations without a preceding /** comment").isEmpty();
    }

    @Test
    void scanNamesAnUndocumentedDeclarationAndAcceptsDocumentedOrOverridingOnes() {
        List<String> source = List.of(
                "/** Documented. */",
                "@Deprecated",
                "public final class Documented {",
                "    // a line comment is no Javadoc",
                "    public void bare() {}",
                "    /**",
                "     * Documented across lines.",
                "     */",
                "    public void documented() {}",
                "    @Override",
                "    public String toString() { return \"\"; }",
                "}",
                "/* a block comment is no Javadoc */",
                "public record Bare(int x) {}");
        assertThat(JavadocScan.undocumented(source))
                .containsExactly("5: public void bare() {}", "14: public record Bare(int x) {}");
    }

    @Test
    void aMissingSourceRootIsAnError() {
        assertThatThrownBy(() -> JavadocScan.undocumentedIn(Path.of("no/such/root")))
                .isInstanceOf(UncheckedIOException.class);
    }
}
