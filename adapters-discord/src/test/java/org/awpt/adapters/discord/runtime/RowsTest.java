package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

class RowsTest {

    private static List<Button> buttons(int count) {
        return IntStream.range(0, count).mapToObj(i -> Button.secondary("b" + i, "B" + i)).toList();
    }

    @Test
    void buttonsFillRowsOfFiveInOrder() {
        List<ActionRow> rows = Rows.of(buttons(12), 3);

        assertThat(rows).extracting(row -> row.getComponents().size()).containsExactly(5, 5, 2);
        assertThat(rows.get(2).getButtons()).extracting(Button::getCustomId).containsExactly("b10", "b11");
    }

    @Test
    void moreButtonsThanTheRowsHoldAreRefusedNotDropped() {
        assertThat(Rows.of(buttons(10), 2)).hasSize(2);
        assertThatThrownBy(() -> Rows.of(buttons(11), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("11 buttons need more than 2 rows of 5");
    }
}
