package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.fake.MutableClock;
import org.junit.jupiter.api.Test;

class StaffErrorNoticesTest {
    private static final String ERRORS = "700000000000000009";
    private static final String TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
    private static final String KEY = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY";
    private static final Duration INTERVAL = Duration.ofMinutes(10);

    private final Messages messages = Messages.english();
    private final FakeDiscordOps discord = new FakeDiscordOps();
    private final MutableClock clock = new MutableClock();
    private Supplier<RuntimeException> failure = () -> new IllegalStateException("database down");

    private InteractionRouter router(ErrorNoticeTarget target) {
        StaffErrorNotices staff = new StaffErrorNotices(discord, messages, target, INTERVAL, clock, Runnable::run);
        ComponentHandler failing = new ComponentHandler() {
            @Override
            public Set<ComponentAction> actions() {
                return Set.of(ComponentAction.PAY_APPROVE);
            }

            @Override
            public Reply handle(ComponentId id, Invocation invocation) {
                throw failure.get();
            }
        };
        return new InteractionRouter(Runnable::run, new ErrorMapper(messages, staff), messages, List.of(),
                List.of(failing), List.of());
    }

    /** A buyer presses Approve on a payment (interaction {@code interaction}); returns what they read. */
    private static String press(InteractionRouter router, String interaction) {
        ButtonInteractionEvent event = MockEvents.button(42, new String[0],
                ComponentId.of(ComponentAction.PAY_APPROVE, "S-1234").encode(), "c1", "m1");
        when(event.getId()).thenReturn(interaction);
        router.onButtonInteraction(event);
        return MockEvents.lastEdit(event.getHook()).getContent();
    }

    private List<String> notices() {
        return discord.in(ERRORS).stream().map(posted -> posted.reply().content()).toList();
    }

    @Test
    void aThrownUnexpectedErrorPostsOneNoticeToTheStaffAndTheBuyerIsToldSo() {
        InteractionRouter router = router(new ErrorNoticeTarget.Channel(ERRORS));

        String answer = press(router, "1111");

        assertThat(answer).isEqualTo(messages.get("error.unknown.told"));
        assertThat(notices()).singleElement().satisfies(notice -> assertThat(notice)
                .contains("java.lang.IllegalStateException").contains("PAY_APPROVE").contains("1111"));
    }

    @Test
    void aBurstPostsOneNoticeAndTheNextCountsThoseHeldBack() {
        InteractionRouter router = router(new ErrorNoticeTarget.Channel(ERRORS));
        for (int i = 0; i < 5; i++) {
            press(router, "200" + i);
        }
        failure = () -> new IllegalArgumentException("bad");
        press(router, "3000");
        assertThat(notices()).hasSize(2);
        assertThat(notices().get(0)).contains("IllegalStateException").contains("2000");
        assertThat(notices().get(1)).contains("IllegalArgumentException").contains("3000");

        clock.advance(INTERVAL.minusSeconds(1));
        failure = () -> new IllegalStateException("database down");
        press(router, "4000");
        assertThat(notices()).hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        press(router, "5000");

        assertThat(notices()).hasSize(3);
        assertThat(notices().get(2)).contains("IllegalStateException").contains("5000").contains("5 more");
        assertThat(notices().get(0)).doesNotContain("more");
    }

    @Test
    void noticesCarryNoSecretNoKeyAndNothingTheButtonsIdCarries() {
        failure = () -> new IllegalStateException("login failed for token " + TOKEN + " while delivering " + KEY);
        String webhook = "https://discord.com/api/webhooks/123456789012345678/" + TOKEN;
        InteractionRouter router = router(new ErrorNoticeTarget.Webhook(webhook));

        press(router, "6000");

        assertThat(discord.webhookPosts()).singleElement().satisfies(posted -> {
            assertThat(posted.channelId()).isEqualTo(webhook);
            assertThat(posted.reply().content()).contains("IllegalStateException").contains("6000")
                    .doesNotContain(TOKEN).doesNotContain("abcdefghijklmnopqrstuvwxyz").doesNotContain(KEY)
                    .doesNotContain("S-1234").doesNotContain("login failed");
        });
        assertThat(new ErrorNoticeTarget.Webhook(webhook).toString()).doesNotContain(TOKEN)
                .doesNotContain("123456789012345678");
    }
}
