package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ConfigWarningsTest {

    @Test
    void configurationWarningsGoThroughTheLoggerSoAJsonStreamStaysJson(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"colour\": \"blue\"}");
        Logger logger = (Logger) LoggerFactory.getLogger(AwptCommand.class);
        // Already in the configured (text) format, so reading the configuration keeps this test's appender.
        logger.getLoggerContext().putProperty("AWPT_LOG_FORMAT", "text");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        StringWriter err = new StringWriter();
        try {
            new AwptCommand(new CliContext(Map.of(), dir, CliRun.OPERATOR, new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true))).config();
        } finally {
            logger.detachAppender(seen);
        }

        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Configuration: unknown configuration key colour ignored");
        assertThat(err.toString()).isEmpty();
    }
}
