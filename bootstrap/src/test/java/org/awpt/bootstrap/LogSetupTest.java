package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.awpt.bootstrap.config.LogFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTheTestConfiguration() throws Exception {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-test.xml"));
    }

    private Appender<ILoggingEvent> rootAppender() {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        java.util.Iterator<Appender<ILoggingEvent>> appenders = root.iteratorForAppenders();
        Appender<ILoggingEvent> appender = appenders.next();
        assertThat(appenders.hasNext()).isFalse();
        return appender;
    }

    @Test
    void jsonLinesOrReadableLinesAsConfigured() throws Exception {
        LogSetup.apply(LogFormat.JSON);
        Appender<ILoggingEvent> json = rootAppender();
        assertThat(json.getName()).isEqualTo("json");
        assertThat(((ConsoleAppender<ILoggingEvent>) json).getEncoder()).isInstanceOf(JsonEncoder.class);
        JsonEncoder encoder = (JsonEncoder) ((ConsoleAppender<ILoggingEvent>) json).getEncoder();
        Logger probe = context.getLogger("org.awpt.bootstrap.JsonProbe");
        ch.qos.logback.classic.spi.LoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent(
                Logger.class.getName(), probe, ch.qos.logback.classic.Level.WARN, "Imported {} keys from {}", null,
                new Object[] {3, "keys.txt"});
        com.fasterxml.jackson.databind.JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(encoder.encode(event));
        assertThat(line.path("formattedMessage").asText()).isEqualTo("Imported 3 keys from keys.txt");
        assertThat(line.path("arguments").get(1).asText()).isEqualTo("keys.txt");

        LogSetup.apply(LogFormat.TEXT);
        Appender<ILoggingEvent> text = rootAppender();
        assertThat(text.getName()).isEqualTo("text");
        assertThat(((ConsoleAppender<ILoggingEvent>) text).getEncoder()).isInstanceOf(LayoutWrappingEncoder.class);
    }

    @Test
    void theFormatAlreadyInEffectIsNotReadAgain() throws Exception {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogSetup.class.getResource("/logback.xml"));
        Appender<ILoggingEvent> configured = rootAppender();
        assertThat(configured.getName()).isEqualTo("text");

        // Re-reading logback.xml costs a command line run a good part of its start-up.
        LogSetup.apply(LogFormat.TEXT);

        assertThat(rootAppender()).isSameAs(configured);
    }

    @Test
    void theApplicationsSystemLoggerLinesReachLogback() {
        // The application module logs through System.Logger (it may not depend on SLF4J).
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        Logger logger = context.getLogger("org.awpt.application.SystemLoggerProbe");
        logger.addAppender(seen);
        try {
            System.getLogger("org.awpt.application.SystemLoggerProbe").log(System.Logger.Level.WARNING, "probe {0}", 42);
        } finally {
            logger.detachAppender(seen);
        }
        assertThat(seen.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("probe 42");
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
        });
    }
}
