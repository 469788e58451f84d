package org.awpt.adapters.discord.runtime;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.awpt.adapters.discord.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the staff of failures the bot did not expect, in a channel or through a webhook: at most one
 * notice per error class per interval (a Caffeine entry per class, expiring an interval after it was
 * made), and the next notice of a class counts those held back since the last one. Notices are posted
 * on {@code executor}, so the buyer's answer never waits for them; a notice that cannot be posted is
 * logged, never thrown.
 */
public final class StaffErrorNotices {
    private static final Logger LOG = LoggerFactory.getLogger(StaffErrorNotices.class);

    private final DiscordOps ops;
    private final Messages messages;
    private final ErrorNoticeTarget target;
    private final Executor executor;
    private final Cache<String, Boolean> noticed;
    private final ConcurrentMap<String, Long> heldBack = new ConcurrentHashMap<>();

    /**
     * Notices to {@code target}, worded from {@code messages}, at most one per error class per
     * {@code interval} as {@code clock} counts time, posted on {@code executor}.
     */
    public StaffErrorNotices(DiscordOps ops, Messages messages, ErrorNoticeTarget target, Duration interval,
            Clock clock, Executor executor) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.target = Objects.requireNonNull(target, "target");
        this.executor = Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(clock, "clock");
        this.noticed = Caffeine.newBuilder()
                .expireAfter(Expiry.creating((String errorClass, Boolean sent) -> interval))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** Tells the staff of this failure, unless a notice of its class went out within the interval. */
    public void tell(UnexpectedFailure failure) {
        boolean[] first = {false};
        noticed.get(failure.errorClass(), errorClass -> {
            first[0] = true;
            return Boolean.TRUE;
        });
        if (!first[0]) {
            heldBack.merge(failure.errorClass(), 1L, Long::sum);
            return;
        }
        long since = Optional.ofNullable(heldBack.remove(failure.errorClass())).orElse(0L);
        Reply notice = new Reply(messages.get("staff.error.notice", "error", failure.errorClass(),
                "action", failure.action(), "interaction", failure.interaction(), "heldBack", since),
                List.of(), List.of(), List.of(), false);
        try {
            executor.execute(() -> post(notice, failure));
        } catch (RejectedExecutionException e) {
            LOG.warn("no error notice for {} sent to the staff: the bot is busy or stopping", failure.errorClass());
        }
    }

    private void post(Reply notice, UnexpectedFailure failure) {
        try {
            if (target instanceof ErrorNoticeTarget.Webhook webhook) {
                ops.postToWebhook(webhook.url(), notice);
            } else if (target instanceof ErrorNoticeTarget.Channel channel) {
                ops.post(channel.channelId(), notice);
            }
        } catch (RuntimeException e) {
            // The class only: a webhook's failure may quote its address, which holds its token.
            LOG.warn("could not tell the staff of {} through {}: {}", failure.errorClass(), target,
                    e.getClass().getName());
        }
    }
}
