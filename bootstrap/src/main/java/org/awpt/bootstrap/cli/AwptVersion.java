package org.awpt.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code awpt --version} prints: the release and the git commit the jar was built from. */
final class AwptVersion implements IVersionProvider {
    static final String RESOURCE = "/org/awpt/bootstrap/awpt-version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {line(read())};
    }

    /** The release this jar was built as, e.g. {@code 0.2.0}; "unknown" outside a Maven build. */
    static String release() {
        String version = known(read().getProperty("version"));
        return version == null ? "unknown" : version;
    }

    /** {@code AWPT 0.2.0 (commit 1a2b3c4d5e)}, with "modified" when built from uncommitted changes. */
    static String line(Properties built) {
        String version = known(built.getProperty("version"));
        String commit = known(built.getProperty("commit"));
        boolean dirty = "true".equals(built.getProperty("dirty"));
        return "AWPT " + (version == null ? "(version unknown)" : version)
                + (commit == null ? " (commit unknown)" : " (commit " + commit + (dirty ? ", modified" : "") + ")");
    }

    /** A value the build filled in; a placeholder left as it was (a build outside git) is unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? null : value;
    }

    private static Properties read() {
        Properties properties = new Properties();
        try (InputStream in = AwptVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return properties;
    }
}
