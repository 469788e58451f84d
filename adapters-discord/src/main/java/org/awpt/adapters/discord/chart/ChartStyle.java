package org.awpt.adapters.discord.chart;

import java.util.Locale;

/** How a series is drawn. */
public enum ChartStyle {
    /** One bar per day. */
    BAR,
    /** A line through the days. */
    LINE;

    /** The code written into component ids. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style of a code; bars for anything unknown. */
    public static ChartStyle fromCode(String code) {
        return LINE.code().equals(code) ? LINE : BAR;
    }
}
