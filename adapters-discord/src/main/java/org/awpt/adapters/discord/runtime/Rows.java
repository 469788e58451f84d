package org.awpt.adapters.discord.runtime;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/** Lays buttons out in rows of at most 5, at most {@code maxRows} rows (Discord allows 5 per message). */
public final class Rows {
    /** Buttons per row. */
    public static final int PER_ROW = 5;

    private Rows() {
    }

    /**
     * The buttons in rows.
     *
     * @throws IllegalArgumentException when they need more than {@code maxRows} rows: a view decides
     *     its layout (a menu, a page) before it lays out buttons, so none is ever left out unseen
     */
    public static List<ActionRow> of(List<Button> buttons, int maxRows) {
        if (buttons.size() > maxRows * PER_ROW) {
            throw new IllegalArgumentException(buttons.size() + " buttons need more than " + maxRows + " rows of "
                    + PER_ROW);
        }
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + PER_ROW))));
        }
        return rows;
    }

    /** The same buttons, all disabled. */
    public static List<Button> disabled(List<Button> buttons) {
        return buttons.stream().map(b -> b.withDisabled(true)).toList();
    }
}
