package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.fake.InMemoryBuyerLanguageStore;
import org.awpt.application.language.BuyerLanguageService;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.buyer.BuyerLanguage;
import org.junit.jupiter.api.Test;

/** Which language the router answers in, and what it notes, in a Filipino shop. */
class InteractionRouterLanguageTest {
    private static final String[] NO_ROLES = {};
    private static final long BUYER = 42;
    private final InMemoryBuyerLanguageStore store = new InMemoryBuyerLanguageStore();
    private final List<Locale> answeredIn = new ArrayList<>();
    private final Messages filipino = Messages.forLocale(Languages.FILIPINO);
    private boolean refuse;

    private InteractionRouter router() {
        ComponentHandler handler = new ComponentHandler() {
            @Override
            public Set<ComponentAction> actions() {
                return Set.of(ComponentAction.MY_LICENSES, ComponentAction.PAY_APPROVE);
            }

            @Override
            public Reply handle(ComponentId id, Invocation invocation) {
                answeredIn.add(invocation.language());
                if (refuse) {
                    throw new InvalidInputException("quantity", "a number");
                }
                return Reply.privateText(invocation.messages().get("mine.none"));
            }
        };
        return new InteractionRouter(new InlinePool(), new ErrorMapper(filipino), filipino, List.of(), List.of(handler),
                List.of(), ShopServers.of(List.of()), Optional.of(new BuyerLanguageService(Optional.of(store))));
    }

    private ButtonInteractionEvent click(ComponentAction action, DiscordLocale client, String... args) {
        ButtonInteractionEvent event = MockEvents.button(BUYER, NO_ROLES, ComponentId.of(action, args).encode(),
                MockEvents.CHANNEL, "1");
        when(event.getUserLocale()).thenReturn(client);
        router().onButtonInteraction(event);
        return event;
    }

    @Test
    void aBuyerWhoseClientTheBotSpeaksIsAnsweredInItAndItIsNoted() {
        ButtonInteractionEvent event = click(ComponentAction.MY_LICENSES, DiscordLocale.ENGLISH_UK);

        assertThat(answeredIn).containsExactly(Locale.ENGLISH);
        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo("You do not hold any license yet.");
        assertThat(store.find(new DiscordUserId(BUYER))).contains(new BuyerLanguage("en-GB", false));
    }

    @Test
    void aBuyerWhoseClientTheBotDoesNotSpeakReadsTheShopsLanguageWhichIsNotedAsTheirs() {
        ButtonInteractionEvent event = click(ComponentAction.MY_LICENSES, DiscordLocale.JAPANESE);

        assertThat(answeredIn).containsExactly(Languages.FILIPINO);
        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo("Wala ka pang license.");
        assertThat(store.find(new DiscordUserId(BUYER))).contains(new BuyerLanguage("ja", false));
    }

    @Test
    void aClientLanguageDiscordDoesNotNameIsNeitherUsedNorNoted() {
        click(ComponentAction.MY_LICENSES, DiscordLocale.UNKNOWN);

        assertThat(answeredIn).containsExactly(Languages.FILIPINO);
        assertThat(store.find(new DiscordUserId(BUYER))).isEmpty();
    }

    @Test
    void staffWorkIsAnsweredInTheShopsLanguageWhateverTheClient() {
        click(ComponentAction.PAY_APPROVE, DiscordLocale.ENGLISH_US, "session-1");

        assertThat(answeredIn).containsExactly(Languages.FILIPINO);
    }

    @Test
    void aBuyersRefusalIsInTheirLanguage() {
        refuse = true;
        ButtonInteractionEvent english = click(ComponentAction.MY_LICENSES, DiscordLocale.ENGLISH_US);
        ButtonInteractionEvent japanese = click(ComponentAction.MY_LICENSES, DiscordLocale.JAPANESE);

        assertThat(MockEvents.lastEdit(english.getHook()).getContent())
                .isEqualTo("That does not look right: quantity should be a number.");
        assertThat(MockEvents.lastEdit(japanese.getHook()).getContent())
                .isEqualTo("Mukhang may mali: ang quantity ay dapat a number.");
    }

    @Test
    void anExpiredButtonIsAnsweredInTheClientsLanguageWhenTheBotSpeaksIt() {
        ButtonInteractionEvent event = MockEvents.button(BUYER, NO_ROLES, "buy_weekly", MockEvents.CHANNEL, "1");
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        router().onButtonInteraction(event);

        org.mockito.Mockito.verify(event).reply(Messages.english().get("error.expired"));
    }

    @Test
    void aLanguageTheBuyerChoseBeatsTheirClientsAndStays() {
        store.save(new DiscordUserId(BUYER), new BuyerLanguage("fil", true));
        ButtonInteractionEvent event = click(ComponentAction.MY_LICENSES, DiscordLocale.ENGLISH_US);

        assertThat(answeredIn).containsExactly(Languages.FILIPINO);
        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo("Wala ka pang license.");
        assertThat(store.find(new DiscordUserId(BUYER))).contains(new BuyerLanguage("fil", true));
    }
}
