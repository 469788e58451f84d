package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShopServersTest {

    @Test
    void ticketsAskedOutsideAnyServerGoToTheFirstConfiguredServerWithoutAskingWhereTheBotIs() {
        List<String> configured = IntStream.range(0, 20).mapToObj(n -> Integer.toString(900 - n)).toList();

        assertThat(ShopServers.of(configured).ticketServer(() -> {
            throw new AssertionError("the bot's servers are not needed");
        })).contains("900");
        assertThat(ShopServers.of(configured).guildIds()).containsExactlyElementsOf(configured);
    }

    @Test
    void withNoConfiguredServerTheyGoToTheBotsOnlyServerAndNowhereWhenItIsInNoneOrSeveral() {
        ShopServers none = ShopServers.of(List.of());

        assertThat(none.ticketServer(() -> List.of("777"))).contains("777");
        assertThat(none.ticketServer(List::of)).isEmpty();
        assertThat(none.ticketServer(() -> List.of("777", "778"))).isEmpty();
    }
}
