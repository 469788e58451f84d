package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.access.CooldownAction;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class InteractionRouterTest {
    private static final String[] NO_ROLES = {};
    private final Messages messages = Messages.english();
    private final List<Invocation> seen = new ArrayList<>();
    private final List<Boolean> deferredWhenRun = new ArrayList<>();
    /** What the handlers read from the MDC: "interaction / session". */
    private final List<String> logContext = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Object currentEvent;

    private InteractionRouter router(Executor executor, RuntimeException failure, Ack ack) {
        CommandHandler command = new CommandHandler() {
            @Override
            public String name() {
                return "license";
            }

            @Override
            public Reply handle(Invocation invocation) {
                logContext.add(MDC.get("interaction") + " / " + MDC.get("session"));
                deferredWhenRun.add(MockEvents.deferred(currentEvent));
                seen.add(invocation);
                if (failure != null) {
                    throw failure;
                }
                return Reply.privateText("done " + invocation.subcommand());
            }
        };
        ComponentHandler component = new ComponentHandler() {
            @Override
            public Set<ComponentAction> actions() {
                return Set.of(ComponentAction.PAY_APPROVE, ComponentAction.PAY_REJECT_MODAL);
            }

            @Override
            public Ack ack(ComponentId id) {
                return ack;
            }

            @Override
            public Reply handle(ComponentId id, Invocation invocation) {
                logContext.add(MDC.get("interaction") + " / " + MDC.get("session"));
                deferredWhenRun.add(MockEvents.deferred(currentEvent));
                seen.add(invocation);
                if (failure != null) {
                    throw failure;
                }
                return Reply.privateText("handled " + id.arg(0));
            }
        };
        ModalOpener opener = new ModalOpener() {
            @Override
            public Set<ComponentAction> actions() {
                return Set.of(ComponentAction.PAY_REJECT);
            }

            @Override
            public Modal open(ComponentId id, Invocation invocation) {
                return Modal.create(ComponentId.of(ComponentAction.PAY_REJECT_MODAL, id.arg(0)).encode(), "Reject")
                        .addComponents(Label.of("Reason", TextInput.create("reason", TextInputStyle.PARAGRAPH).build()))
                        .build();
            }
        };
        return new InteractionRouter(executor, new ErrorMapper(messages), messages, List.of(command),
                List.of(component), List.of(opener));
    }

    @Test
    void slashCommandsAreDeferredBeforeTheHandlerRunsAndAnsweredInPlace() {
        SlashCommandInteractionEvent event = MockEvents.slash(42, new String[] {"7"}, "license view", "view_type", "keys");
        currentEvent = event;

        router(Runnable::run, null, Ack.REPLY_PRIVATE).onSlashCommandInteraction(event);

        verify(event).deferReply(true);
        assertThat(deferredWhenRun).containsExactly(true);
        assertThat(seen.get(0).subcommand()).isEqualTo("license/view");
        assertThat(seen.get(0).value("view_type")).contains("keys");
        assertThat(seen.get(0).requester().roleIds()).containsExactly("7");
        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo("done license/view");
    }

    @Test
    void aSelectMenuChoiceReachesItsHandlerDeferredAsTheChosenValue() {
        var event = MockEvents.select(42, NO_ROLES, ComponentId.of(ComponentAction.PAY_APPROVE, "s1").encode(),
                "c1", "m1", "monthly");
        currentEvent = event;

        router(Runnable::run, null, Ack.REPLY_PRIVATE).onStringSelectInteraction(event);

        verify(event).deferReply(true);
        assertThat(deferredWhenRun).containsExactly(true);
        assertThat(seen.get(0).value(Invocation.CHOSEN)).contains("monthly");
        assertThat(seen.get(0).messageId()).contains("m1");
        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo("handled s1");
    }

    @Test
    void aSelectMenuOfAnOldMessageIsAnsweredExpired() {
        var event = MockEvents.select(42, NO_ROLES, "v0:old:menu", "c1", "m1", "monthly");

        router(Runnable::run, null, Ack.REPLY_PRIVATE).onStringSelectInteraction(event);

        verify(event).reply(messages.get("error.expired"));
        assertThat(seen).isEmpty();
    }

    @Test
    void handlersRunOnTheExecutorNotOnTheEventThread() {
        List<Runnable> queued = new ArrayList<>();
        SlashCommandInteractionEvent event = MockEvents.slash(42, NO_ROLES, "license view");
        currentEvent = event;

        router(queued::add, null, Ack.REPLY_PRIVATE).onSlashCommandInteraction(event);

        assertThat(seen).isEmpty();
        verify(event).deferReply(true);
        queued.forEach(Runnable::run);
        assertThat(seen).hasSize(1);
    }

    @Test
    void refusalsBecomeTheirBundleMessage() {
        SlashCommandInteractionEvent event = MockEvents.slash(42, NO_ROLES, "license revoke");
        currentEvent = event;

        router(Runnable::run, new NotAuthorizedException(new org.awpt.domain.DiscordUserId(42), "revoke keys"),
                Ack.REPLY_PRIVATE).onSlashCommandInteraction(event);

        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo(messages.get("error.not_authorized"));
    }

    @Test
    void refusalDetailsFillTheMessage() {
        SlashCommandInteractionEvent event = MockEvents.slash(42, NO_ROLES, "license view");
        currentEvent = event;
        CoolingDownException cooling = new CoolingDownException(CooldownAction.ROBUX_VERIFICATION,
                java.time.Instant.ofEpochSecond(1_800_000_000L));

        router(Runnable::run, cooling, Ack.REPLY_PRIVATE).onSlashCommandInteraction(event);

        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).contains("<t:1800000000:R>");
    }

    @Test
    void unexpectedFailuresGetAnApology() {
        SlashCommandInteractionEvent event = MockEvents.slash(42, NO_ROLES, "license view");
        currentEvent = event;

        router(Runnable::run, new IllegalStateException("database down"), Ack.REPLY_PRIVATE)
                .onSlashCommandInteraction(event);

        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo(messages.get("error.unknown"));
    }

    @Test
    void aFullExecutorAnswersBusy() {
        SlashCommandInteractionEvent event = MockEvents.slash(42, NO_ROLES, "license view");
        currentEvent = event;
        Executor full = task -> {
            throw new RejectedExecutionException("full");
        };

        router(full, null, Ack.REPLY_PRIVATE).onSlashCommandInteraction(event);

        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo(messages.get("error.busy"));
        assertThat(seen).isEmpty();
    }

    @Test
    void onceTheExecutorIsShutDownNewInteractionsAreAnsweredRestartingAndNeverRun() {
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdown();
        InteractionRouter router = router(stopped, null, Ack.REPLY_PRIVATE);
        SlashCommandInteractionEvent slash = MockEvents.slash(42, NO_ROLES, "license view");
        ButtonInteractionEvent button = MockEvents.button(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_APPROVE, "s1").encode(), MockEvents.CHANNEL, "1");
        ModalInteractionEvent modal = MockEvents.modal(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_APPROVE, "s1").encode(), MockEvents.CHANNEL, List.of());

        router.onSlashCommandInteraction(slash);
        router.onButtonInteraction(button);
        router.onModalInteraction(modal);

        verify(slash).reply(messages.get("error.restarting"));
        verify(button).reply(messages.get("error.restarting"));
        verify(modal).reply(messages.get("error.restarting"));
        assertThat(MockEvents.deferred(slash)).isFalse();
        assertThat(MockEvents.deferred(button)).isFalse();
        assertThat(MockEvents.deferred(modal)).isFalse();
        assertThat(seen).isEmpty();
    }

    @Test
    void anExecutorStoppingBetweenTheCheckAndTheHandlerAnswersRestartingNotBusy() {
        SlashCommandInteractionEvent event = MockEvents.slash(42, NO_ROLES, "license view");
        currentEvent = event;

        InlinePool stopping = new InlinePool();
        stopping.stopOnNextTask();

        router(stopping, null, Ack.REPLY_PRIVATE).onSlashCommandInteraction(event);

        verify(event).deferReply(true);
        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo(messages.get("error.restarting"));
        assertThat(seen).isEmpty();
    }

    @Test
    void unknownCommandsAreAnsweredAsExpired() {
        SlashCommandInteractionEvent event = MockEvents.slash(42, NO_ROLES, "oldcommand");

        router(Runnable::run, null, Ack.REPLY_PRIVATE).onSlashCommandInteraction(event);

        verify(event).reply(messages.get("error.expired"));
        verify(event, never()).deferReply(true);
    }

    @Test
    void buttonsWithAnExpiredIdAreAnsweredAsExpiredWithoutRunningAnything() {
        ButtonInteractionEvent event = MockEvents.button(42, NO_ROLES, "buy_weekly", MockEvents.CHANNEL, "1");

        router(Runnable::run, null, Ack.EDIT).onButtonInteraction(event);

        verify(event).reply(messages.get("error.expired"));
        assertThat(MockEvents.deferred(event)).isFalse();
        assertThat(seen).isEmpty();
    }

    @Test
    void buttonsOfAnActionWithoutHandlerAreExpired() {
        ButtonInteractionEvent event = MockEvents.button(42, NO_ROLES,
                ComponentId.of(ComponentAction.MY_LICENSES).encode(), MockEvents.CHANNEL, "1");

        router(Runnable::run, null, Ack.EDIT).onButtonInteraction(event);

        verify(event).reply(messages.get("error.expired"));
    }

    @Test
    void editButtonsAreDeferredAsEditsAndUpdateTheirMessage() {
        ButtonInteractionEvent event = MockEvents.button(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_APPROVE, "abcdefghijklmnop").encode(), MockEvents.CHANNEL, "55");
        currentEvent = event;

        router(Runnable::run, null, Ack.EDIT).onButtonInteraction(event);

        verify(event).deferEdit();
        assertThat(deferredWhenRun).containsExactly(true);
        assertThat(seen.get(0).messageId()).contains("55");
        assertThat(MockEvents.lastEdit(event.getHook()).getContent()).isEqualTo("handled abcdefghijklmnop");
    }

    @Test
    void failuresOfEditButtonsArePrivateAndLeaveTheMessageAlone() {
        ButtonInteractionEvent event = MockEvents.button(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_APPROVE, "abcdefghijklmnop").encode(), MockEvents.CHANNEL, "55");
        currentEvent = event;

        router(Runnable::run, new NotAuthorizedException(new org.awpt.domain.DiscordUserId(42), "approve"), Ack.EDIT)
                .onButtonInteraction(event);

        assertThat(MockEvents.edits(event.getHook())).isEmpty();
        assertThat(MockEvents.followUps(event.getHook())).singleElement()
                .satisfies(m -> assertThat(m.getContent()).isEqualTo(messages.get("error.not_authorized")));
    }

    @Test
    void publicRepliesThatFailAreRemovedAndAnsweredPrivately() {
        ButtonInteractionEvent event = MockEvents.button(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_APPROVE, "abcdefghijklmnop").encode(), MockEvents.CHANNEL, "55");
        currentEvent = event;

        router(Runnable::run, new IllegalStateException("boom"), Ack.REPLY_PUBLIC).onButtonInteraction(event);

        verify(event).deferReply(false);
        verify(event.getHook()).deleteOriginal();
        assertThat(MockEvents.followUps(event.getHook())).singleElement()
                .satisfies(m -> assertThat(m.getContent()).isEqualTo(messages.get("error.unknown")));
    }

    @Test
    void modalButtonsAreAnsweredWithTheModalAndNotDeferred() {
        ButtonInteractionEvent event = MockEvents.button(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_REJECT, "abcdefghijklmnop").encode(), MockEvents.CHANNEL, "55");

        router(Runnable::run, null, Ack.EDIT).onButtonInteraction(event);

        assertThat(MockEvents.modalShown(event).getId()).isEqualTo("v1:pay:rejectm:abcdefghijklmnop");
        assertThat(MockEvents.deferred(event)).isFalse();
        assertThat(seen).isEmpty();
    }

    @Test
    void modalSubmissionsCarryTheirFieldsAndUploads() {
        ModalInteractionEvent event = MockEvents.modal(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_REJECT_MODAL, "abcdefghijklmnop").encode(), MockEvents.CHANNEL,
                List.of("https://cdn.example/proof.png"), "reason", "  blurry  ");
        currentEvent = event;

        router(Runnable::run, null, Ack.REPLY_PRIVATE).onModalInteraction(event);

        verify(event).deferReply(true);
        assertThat(seen.get(0).value("reason")).contains("blurry");
        assertThat(seen.get(0).attachments()).singleElement()
                .satisfies(a -> assertThat(a.url()).isEqualTo("https://cdn.example/proof.png"));
    }

    @Test
    void modalsWithAnExpiredIdAreAnsweredAsExpired() {
        ModalInteractionEvent event = MockEvents.modal(42, NO_ROLES, "reject_modal_old", MockEvents.CHANNEL, List.of());

        router(Runnable::run, null, Ack.REPLY_PRIVATE).onModalInteraction(event);

        verify(event).reply(messages.get("error.expired"));
        assertThat(seen).isEmpty();
    }

    @Test
    void handlersLogWithTheInteractionAndTheSessionTheyActOnThenTheThreadIsCleared() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        InteractionRouter router = router(pool, null, Ack.EDIT);
        ButtonInteractionEvent approve = MockEvents.button(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_APPROVE, "sessionA").encode(), MockEvents.CHANNEL, "55");
        when(approve.getId()).thenReturn("1001");
        ModalInteractionEvent reject = MockEvents.modal(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_REJECT_MODAL, "sessionB").encode(), MockEvents.CHANNEL, List.of());
        when(reject.getId()).thenReturn("1002");
        SlashCommandInteractionEvent slash = MockEvents.slash(42, NO_ROLES, "license view");
        when(slash.getId()).thenReturn("1003");
        currentEvent = approve;

        router.onButtonInteraction(approve);
        router.onModalInteraction(reject);
        router.onSlashCommandInteraction(slash);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        // One handler thread ran all three: the command after two sessions sees no session left over.
        assertThat(logContext).containsExactly("1001 / sessionA", "1002 / sessionB", "1003 / null");
        assertThat(MDC.get("interaction")).isNull();
    }

    @Test
    void theHandlerThreadIsClearedEvenWhenTheHandlerFails() {
        ButtonInteractionEvent approve = MockEvents.button(42, NO_ROLES,
                ComponentId.of(ComponentAction.PAY_APPROVE, "sessionA").encode(), MockEvents.CHANNEL, "55");
        when(approve.getId()).thenReturn("1001");
        currentEvent = approve;

        router(Runnable::run, new IllegalStateException("boom"), Ack.EDIT).onButtonInteraction(approve);

        assertThat(logContext).containsExactly("1001 / sessionA");
        assertThat(MDC.get("interaction")).isNull();
        assertThat(MDC.get("session")).isNull();
    }
}
