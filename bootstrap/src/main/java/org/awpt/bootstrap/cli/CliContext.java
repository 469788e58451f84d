package org.awpt.bootstrap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.awpt.domain.ConsoleOperator;

/**
 * What every command runs in: the environment (never read deep inside), the working folder, and
 * where to print.
 *
 * @param env        the environment variables
 * @param workingDir where relative paths are resolved
 * @param operator   who runs the command line: the console's operator, by OS user name (audited so)
 * @param out        command results
 * @param err        problems and hints
 */
public record CliContext(Map<String, String> env, Path workingDir, ConsoleOperator operator, PrintWriter out,
        PrintWriter err) {
    /** Copies the environment and checks every part is present. */
    public CliContext {
        env = Map.copyOf(env);
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
