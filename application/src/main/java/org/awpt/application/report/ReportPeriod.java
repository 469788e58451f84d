package org.awpt.application.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.awpt.domain.InvalidInputException;

/**
 * Whole days of the shop's calendar, both ends included.
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}; at most {@value #MAX_DAYS} days after it, counting both
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /** The longest period, in days. */
    public static final int MAX_DAYS = 365;

    /** Checks the order and the length. */
    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "a day on or after " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("period", "at most " + MAX_DAYS + " days");
        }
    }

    /**
     * The last {@code days} days ending with {@code today}.
     *
     * @throws InvalidInputException unless {@code days} is 1 to {@value #MAX_DAYS}
     */
    public static ReportPeriod lastDays(int days, LocalDate today) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "a whole number from 1 to " + MAX_DAYS);
        }
        return new ReportPeriod(today.minusDays(days - 1L), today);
    }

    /** Its length in days. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one. */
    public ReportPeriod previous() {
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The first moment of the period in a zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in a zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
