package org.awpt.adapters.discord.runtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.ShopException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one place failures become text: a refusal ({@link ShopException}) becomes its message from the
 * bundle, privately; anything else is logged with its context and answered with an apology, and, when
 * an error channel or webhook is configured, told to the staff ({@link StaffErrorNotices}), which the
 * apology then says.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final String MISSING = "\u2014";

    private final Messages messages;
    private final Optional<StaffErrorNotices> staff;

    /** Errors worded from this bundle; unexpected ones are logged only. */
    public ErrorMapper(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.staff = Optional.empty();
    }

    /** Errors worded from this bundle; unexpected ones are also told to the staff. */
    public ErrorMapper(Messages messages, StaffErrorNotices staff) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.staff = Optional.of(staff);
    }

    /**
     * The private reply to a failure while handling {@code action} (a slash command path, a component
     * action, a listener's work) for {@code by}. The staff's notice names the interaction being answered
     * (from the MDC), the action and the error's class.
     */
    public Reply map(Throwable failure, String action, String by) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ShopException refusal) {
            LOG.debug("refused {} by {}: {}", action, by, refusal.getMessage());
            return Reply.privateText(describe(refusal));
        }
        LOG.error("unexpected failure while handling {} by {}", action, by, cause);
        if (staff.isEmpty()) {
            return Reply.privateText(messages.get("error.unknown"));
        }
        String interaction = Optional.ofNullable(MDC.get(InteractionRouter.MDC_INTERACTION)).orElse(MISSING);
        staff.get().tell(new UnexpectedFailure(interaction, action, cause.getClass().getName()));
        return Reply.privateText(messages.get("error.unknown.told"));
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
        if ("open_payment_exists".equals(refusal.code())) {
            if (String.valueOf(details.getOrDefault("channel", "")).isEmpty()) {
                key = "error.open_payment_exists.nochannel";
            }
            // The buyer reads the state in words, not its stored code.
            String state = "manual.status." + details.get("status");
            if (messages.has(state)) {
                details.put("status", messages.get(state).toLowerCase(Locale.ROOT));
            }
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
