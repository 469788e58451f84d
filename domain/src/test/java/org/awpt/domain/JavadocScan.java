package org.awpt.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds public declarations (types and members) without a Javadoc comment right before them;
 * annotations may sit between, and an {@code @Override} inherits its doc. A line scan, not a
 * parser: it relies on one declaration per line, as our code is formatted. Shipped in the
 * domain's test-jar so that every core module guards its API the same way.
 */
public final class JavadocScan {
    private static final Pattern PUBLIC_DECLARATION = Pattern.compile("^public\\s.*");

    private JavadocScan() {
    }

    /** Findings as "file:line: declaration" for every Java file under a source root. */
    public static List<String> undocumentedIn(Path sourceRoot) {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String finding : undocumented(Files.readAllLines(file))) {
                    findings.add(sourceRoot.relativize(file) + ":" + finding);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /** Findings as "line: declaration" for one file's lines. */
    public static List<String> undocumented(List<String> lines) {
        List<String> findings = new ArrayList<>();
        boolean inJavadoc = false;
        boolean inComment = false;
        boolean documented = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (inJavadoc || inComment) {
                if (line.contains("*/")) {
                    documented = inJavadoc;
                    inJavadoc = false;
                    inComment = false;
                }
            } else if (line.startsWith("/**")) {
                documented = line.indexOf("*/", 3) >= 0;
                inJavadoc = !documented;
            } else if (line.startsWith("/*")) {
                inComment = line.indexOf("*/", 2) < 0;
                documented = false;
            } else if (line.startsWith("@Override")) {
                documented = true;
            } else if (!line.isEmpty() && !line.startsWith("//") && !line.startsWith("@")) {
                if (PUBLIC_DECLARATION.matcher(line).matches() && !documented) {
                    findings.add((i + 1) + ": " + line);
                }
                documented = false;
            }
        }
        return findings;
    }
}
