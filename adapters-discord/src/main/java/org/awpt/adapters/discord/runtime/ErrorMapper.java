package org.awpt.adapters.discord.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.ShopException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become text: a refusal ({@link ShopException}) becomes its message from the
 * bundle, privately; anything else is logged with its context and answered with an apology.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final String MISSING = "\u2014";

    private final Messages messages;

    /** Errors worded from this bundle. */
    public ErrorMapper(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The same mapping worded from another bundle (a buyer's language). */
    public ErrorMapper in(Messages bundle) {
        return bundle == messages ? this : new ErrorMapper(bundle);
    }

    /** The private reply to a failure while handling {@code context} (what was being done, by whom). */
    public Reply map(Throwable failure, String context) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ShopException refusal) {
            LOG.debug("refused {}: {}", context, refusal.getMessage());
            return Reply.privateText(describe(refusal));
        }
        LOG.error("unexpected failure while handling {}", context, cause);
        return Reply.privateText(messages.get("error.unknown"));
    }

    /**
     * The private reply when the handler pool refuses work: "the bot is restarting" once the pool is
     * shut down (the bot is stopping), otherwise "busy" (the pool is full).
     */
    public Reply refused(Executor pool) {
        return Reply.privateText(messages.get(stopping(pool) ? "error.restarting" : "error.busy"));
    }

    /** Whether a handler pool is shut down, so the bot is stopping and takes no new work. */
    public static boolean stopping(Executor pool) {
        return pool instanceof ExecutorService service && service.isShutdown();
    }

    /** The text of a refusal. */
    public String describe(ShopException refusal) {
        String key = "error." + refusal.code();
        Map<String, Object> details = new HashMap<>(refusal.details());
        if ("already_decided".equals(refusal.code()) && String.valueOf(details.getOrDefault("by", "")).isEmpty()) {
            key = "error.already_decided.nobody";
        }
        if ("open_payment_exists".equals(refusal.code())
                && String.valueOf(details.getOrDefault("channel", "")).isEmpty()) {
            key = "error.open_payment_exists.nochannel";
        }
        // A payment's state reads in words of the reader's language, not as its stored code.
        String state = "manual.status." + details.get("status");
        if (details.containsKey("status") && messages.has(state)) {
            details.put("status", messages.get(state).toLowerCase(messages.locale()));
        }
        if ("cooling_down".equals(refusal.code()) && messages.has(key + "." + details.get("action"))) {
            // Each action may say in its own words what the buyer waits for (a new ticket, another check).
            key = key + "." + details.get("action");
        }
        if (!messages.has(key)) {
            LOG.warn("no message for refusal code {}", refusal.code());
            return messages.get("error.unknown");
        }
        return messages.format(key, details, MISSING);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
