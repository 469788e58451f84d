package org.awpt.adapters.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;

/** What every listener of this module shares: no banner, no version nag, a clear start failure. */
final class WebDefaults {
    private WebDefaults() {
    }

    static void apply(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
    }

    /** Starts the server, or fails naming what could not be listened on. */
    static Javalin start(Javalin app, String what) {
        try {
            return app.start();
        } catch (RuntimeException e) {
            throw new CannotListenException("cannot listen on " + what + " (is the port taken?)", e);
        }
    }
}
