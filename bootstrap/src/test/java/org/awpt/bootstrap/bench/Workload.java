package org.awpt.bootstrap.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What the latency benchmark asks of the bot.
 *
 * @param buyers        simulated buyers acting at once, each in their own ticket
 * @param interactions  interactions in total (the admin's approvals included), shared evenly by the buyers
 * @param thinkTime     a person's mean pause before each interaction (uniform between 0 and twice it); zero
 *                      sends the next interaction as soon as the last one is answered
 * @param robloxDelay   how long the Roblox stand-in takes to answer each request
 * @param warmUpBuyers  buyers who go through the same script first, unmeasured, so that the figures are
 *                      not the JVM's first class loading and compilation of each path; 0 for none
 * @param conformanceChecks whether the Discord stand-in holds the traffic of the buyers' interactions to
 *                      Discord's description (milliseconds of CPU per call in this process, which Discord
 *                      would not spend here); the start-up traffic is always checked
 */
public record Workload(int buyers, int interactions, Duration thinkTime, Duration robloxDelay, int warmUpBuyers,
        boolean conformanceChecks) {
    /** Checks the figures. */
    public Workload {
        Objects.requireNonNull(thinkTime, "thinkTime");
        Objects.requireNonNull(robloxDelay, "robloxDelay");
        if (buyers < 1 || interactions < buyers || warmUpBuyers < 0) {
            throw new IllegalArgumentException("at least one buyer and one interaction per buyer, warm-up >= 0");
        }
        if (thinkTime.isNegative() || robloxDelay.isNegative()) {
            throw new IllegalArgumentException("think time and Roblox delay are not negative");
        }
    }

    /** How many interactions buyer {@code index} makes: the total shared evenly, the remainder to the first. */
    public int interactionsOf(int index) {
        return interactions / buyers + (index < interactions % buyers ? 1 : 0);
    }
}
