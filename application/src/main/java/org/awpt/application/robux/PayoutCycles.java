package org.awpt.application.robux;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.awpt.application.port.OnceRegistry;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.OrderId;

/**
 * The payout cycles of gamepasses Roblox gives no instance id for. Cycle 1 is open until it is
 * closed; closing cycle n opens n + 1. Only the closings are stored, one {@link OnceRegistry} mark
 * each ({@code <roblox user>:<gamepass>:<n>}), so two closings of one cycle cannot both win and the
 * current cycle is one more than the number of marks. Closings only ever happen to the current cycle,
 * so the marks have no gaps.
 */
public final class PayoutCycles {
    /** The registry topic of closed cycles. */
    public static final String TOPIC = "robux-cycle-closed";
    private static final int PAGE = 100;

    private final OnceRegistry once;

    /** Cycles kept in this registry. */
    public PayoutCycles(OnceRegistry once) {
        this.once = Objects.requireNonNull(once, "once");
    }

    /** The open cycle of a user's gamepass, from 1. */
    public int current(RobloxUserId user, long gamePassId) {
        String prefix = prefix(user, gamePassId);
        int closed = 0;
        String after = prefix;
        while (true) {
            List<String> page = once.subjects(TOPIC, after, PAGE);
            // Subjects sharing the prefix come together, right after the prefix itself.
            List<String> ours = page.stream().takeWhile(subject -> subject.startsWith(prefix)).toList();
            closed += ours.size();
            if (ours.size() < PAGE) {
                return closed + 1;
            }
            after = ours.get(ours.size() - 1);
        }
    }

    /** The order a cycle is paid out under. */
    public static OrderId order(RobloxUserId user, long gamePassId, int cycle) {
        return OrderId.forRobuxCycle(user, gamePassId, cycle);
    }

    /**
     * Closes a cycle, so that {@code cycle + 1} is open.
     *
     * @return {@code true} when this call closed it, {@code false} when it already was closed
     */
    public boolean close(RobloxUserId user, long gamePassId, int cycle, Instant at) {
        if (cycle < 1) {
            throw new IllegalArgumentException("a payout cycle is 1 or more");
        }
        return once.markOnce(TOPIC, prefix(user, gamePassId) + cycle, at);
    }

    private static String prefix(RobloxUserId user, long gamePassId) {
        return Objects.requireNonNull(user, "user").asString() + ":" + gamePassId + ":";
    }
}
