package org.awpt.adapters.discord.buyer;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.BotListener;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.ErrorMapper;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.application.manual.AttachProof;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.manual.ProofExpectation;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback for clients that cannot upload in a modal: "Upload proof" arms the ticket (the
 * application says whether this buyer's session awaits a proof, and for how long), and the next
 * image the buyer posts there becomes the proof (the buyer mentions the bot in that message, so
 * Discord shows the bot its attachments without the privileged message content intent). Arming is
 * kept in memory; after a restart the buyer presses the button again.
 */
public final class ProofUploads extends ListenerAdapter implements ComponentHandler, BotListener {
    private static final Logger LOG = LoggerFactory.getLogger(ProofUploads.class);

    /** An armed ticket: the awaited proof, and the ticket's copies of the session notice as they were then. */
    private record Armed(ProofExpectation expected, List<NoticeRef> ticketCopies) {
    }

    private final ConcurrentMap<String, Armed> armed = new ConcurrentHashMap<>();
    private final ManualPaymentUseCase manual;
    private final PaymentFlows flows;
    private final SessionNotices notices;
    private final DiscordOps ops;
    private final ErrorMapper errors;
    private final BuyerViews views;
    private final Executor executor;
    private final Clock clock;

    /** The fallback over the manual payment use case. */
    public ProofUploads(ManualPaymentUseCase manual, PaymentFlows flows, SessionNotices notices, DiscordOps ops,
            ErrorMapper errors, BuyerViews views, Executor executor, Clock clock) {
        this.manual = Objects.requireNonNull(manual, "manual");
        this.flows = Objects.requireNonNull(flows, "flows");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.views = Objects.requireNonNull(views, "views");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.PROOF_UPLOAD);
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        ProofExpectation expected = manual.expectProof(invocation.requester(), Ids.session(id.arg(0)));
        PaymentSession session = expected.session();
        // Only these are edited once the proof is in: an admin notice posted in the ticket later keeps its buttons.
        List<NoticeRef> ticketCopies = session.notices().stream()
                .filter(n -> n.channelId().equals(session.ticketChannel())).toList();
        armed.put(invocation.channelId(), new Armed(expected, ticketCopies));
        return Reply.privateText(views.messages().get("manual.upload.armed"));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.isWebhookMessage()) {
            return;
        }
        String channel = event.getChannel().getId();
        Armed waiting = armed.get(channel);
        DiscordUserId author = new DiscordUserId(event.getAuthor().getIdLong());
        if (waiting == null || !waiting.expected().session().buyer().equals(author)) {
            return;
        }
        Optional<Message.Attachment> image = event.getMessage().getAttachments().stream().findFirst();
        if (image.isEmpty()) {
            return;
        }
        if (!waiting.expected().awaits(author, clock.instant())) {
            armed.remove(channel, waiting);
            return;
        }
        Invocation.AttachmentRef ref = Invocation.AttachmentRef.of(image.get());
        try {
            executor.execute(() -> receive(channel, waiting, ref));
        } catch (RejectedExecutionException e) {
            // Full pool: "busy"; shut down (the bot is stopping): "restarting", as the router answers.
            ops.post(channel, errors.refused(executor).publicly());
        }
    }

    /** Takes an uploaded image as the proof of the armed session (runs on the handler pool). */
    void receive(String channel, Armed waiting, Invocation.AttachmentRef ref) {
        DiscordUserId buyer = waiting.expected().session().buyer();
        try {
            byte[] bytes = flows.download(ref);
            PaymentSession session = manual.attachProof(new AttachProof(Requester.of(buyer),
                    waiting.expected().session().id(), bytes));
            armed.remove(channel, waiting);
            for (NoticeRef copy : waiting.ticketCopies()) {
                ops.edit(copy.channelId(), copy.messageId(), notices.render(session, true, null));
            }
            ops.post(channel, Reply.privateText(views.messages().get("manual.upload.received")).publicly());
        } catch (RuntimeException e) {
            LOG.debug("proof upload in {} refused", channel, e);
            ops.post(channel, errors.map(e, "proof upload", String.valueOf(buyer)).publicly());
        }
    }
}
