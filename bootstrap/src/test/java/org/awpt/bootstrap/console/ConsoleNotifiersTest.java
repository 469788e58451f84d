package org.awpt.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.port.TicketChannelUnavailableException;
import org.awpt.application.testkit.InMemoryShop;
import org.awpt.application.ticket.OpenTicket;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.config.ConfigLoader;
import org.awpt.bootstrap.guice.AwptModules;
import org.awpt.bootstrap.store.Store;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Requester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's stand-ins for Discord: a purchase ticket cannot be opened from a shell, and the
 * shop is told so by a typed failure that leaves nothing behind.
 */
class ConsoleNotifiersTest {
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static final String GUILD = "100000000000000001";

    @TempDir
    Path dir;

    @Test
    void openingATicketFromTheCommandLineIsATypedRefusalThatKeepsAndCountsNothing() {
        InMemoryShop shop = InMemoryShop.create(
                ExampleShop.settings(new AccessPolicy(Set.of(InMemoryShop.ADMIN), Set.of(), Set.of(), Set.of())),
                builder -> builder.ticketChannels(new ConsoleNotifiers()));

        // More tries than the open_ticket cooldown lets through: none is counted, so none cools down.
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> shop.shop().tickets().open(new OpenTicket(Requester.of(BUYER), GUILD)))
                    .isInstanceOf(TicketChannelUnavailableException.class)
                    .hasMessageContaining("command line").hasMessageContaining("opened by the bot");
        }

        assertThat(shop.shop().tickets().openTickets()).isEmpty();
        assertThat(shop.tickets().findOpenOf(BUYER)).isEmpty();
        assertThat(shop.cooldowns().find(BUYER, CooldownAction.OPEN_TICKET)).isEmpty();
    }

    @Test
    void theCommandLinesShopIsBuiltWithEveryPortAndRefusesTicketsByType() {
        AwptConfig config = new ConfigLoader(Map.of("AWPT_DATA_DIR", dir.resolve("data").toString(),
                "AWPT_ADMIN_USER_IDS", "42"), dir).load();
        try (Store store = Store.open(config.database(), Store.Opening.CREATE, config.shop().types(),
                Clock.systemUTC()); Assembly console = Assembly.start(AwptModules.console(config, store))) {
            PurchaseTicketUseCase tickets = console.get(PurchaseTicketUseCase.class);

            assertThatThrownBy(() -> tickets.open(new OpenTicket(Requester.of(BUYER), GUILD)))
                    .isInstanceOf(TicketChannelUnavailableException.class);
            assertThat(tickets.openTickets()).isEmpty();
        }
    }
}
