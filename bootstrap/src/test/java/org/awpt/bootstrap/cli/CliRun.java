package org.awpt.bootstrap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.awpt.bootstrap.Main;
import org.awpt.domain.ConsoleOperator;

/** One run of {@code awpt} in a test: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
    /** The console's operator every test run acts as. */
    static final ConsoleOperator OPERATOR = new ConsoleOperator("tester");

    static CliRun of(Path dir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new CliContext(env, dir, OPERATOR, new PrintWriter(out, true),
                new PrintWriter(err, true)))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
