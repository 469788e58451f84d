package org.awpt.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.util.Locale;
import org.awpt.bootstrap.config.LogFormat;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** Switches the console log format once the configuration file has been read. */
public final class LogSetup {
    private LogSetup() {
    }

    /**
     * Re-reads {@code logback.xml} with this format, unless Logback is not the logging backend
     * (an application embedding AWPT keeps its own logging).
     */
    public static void apply(LogFormat format) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        URL xml = LogSetup.class.getResource("/logback.xml");
        if (!(factory instanceof LoggerContext context) || xml == null) {
            return;
        }
        String wanted = format.name().toLowerCase(Locale.ROOT);
        if (wanted.equals(context.getProperty("AWPT_LOG_FORMAT"))) {
            return;
        }
        context.reset();
        context.putProperty("AWPT_LOG_FORMAT", wanted);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(xml);
        } catch (JoranException e) {
            throw new IllegalStateException("logback.xml cannot be read", e);
        }
    }
}
