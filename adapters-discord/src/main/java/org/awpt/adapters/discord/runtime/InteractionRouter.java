package org.awpt.adapters.discord.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.ids.ComponentIdCodec;
import org.awpt.adapters.discord.ids.Decoded;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import net.dv8tion.jda.api.components.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Routes every interaction to its handler with one discipline: answer a modal at once, otherwise
 * acknowledge at once (private, public or edit), then run the handler on a bounded executor and
 * send what it returns; failures go through the {@link ErrorMapper}. A select menu's chosen option reaches
 * its handler as the invocation's {@link Invocation#CHOSEN} value. Ids that no longer decode get
 * "this button has expired". Once the executor is shut down (the bot is stopping) new interactions
 * are answered "the bot is restarting" and never dispatched, while those in flight finish.
 */
public final class InteractionRouter extends ListenerAdapter implements BotListener {
    /** The MDC key naming the interaction being handled (logback.xml prints it). */
    public static final String MDC_INTERACTION = "interaction";
    /** The MDC key naming the payment session the interaction acts on, when it names one. */
    public static final String MDC_SESSION = "session";
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);

    private final Map<String, CommandHandler> commands = new HashMap<>();
    private final Map<ComponentAction, ComponentHandler> components = new HashMap<>();
    private final Map<ComponentAction, ModalOpener> modals = new HashMap<>();
    private final Executor executor;
    private final ErrorMapper errors;
    private final Messages messages;
    private final ShopServers shopServers;

    /** A router running handlers on {@code executor}, for a shop configured with no server. */
    public InteractionRouter(Executor executor, ErrorMapper errors, Messages messages,
            List<CommandHandler> commandHandlers, List<ComponentHandler> componentHandlers,
            List<ModalOpener> modalOpeners) {
        this(executor, errors, messages, commandHandlers, componentHandlers, modalOpeners, ShopServers.of(List.of()));
    }

    /** A router running handlers on {@code executor}; Administrator counts only in {@code shopServers}. */
    public InteractionRouter(Executor executor, ErrorMapper errors, Messages messages,
            List<CommandHandler> commandHandlers, List<ComponentHandler> componentHandlers,
            List<ModalOpener> modalOpeners, ShopServers shopServers) {
        this.shopServers = Objects.requireNonNull(shopServers, "shopServers");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.messages = Objects.requireNonNull(messages, "messages");
        commandHandlers.forEach(h -> register(commands, h.name(), h));
        componentHandlers.forEach(h -> h.actions().forEach(a -> register(components, a, h)));
        modalOpeners.forEach(h -> h.actions().forEach(a -> register(modals, a, h)));
    }

    private static <K, V> void register(Map<K, V> map, K key, V handler) {
        if (map.put(key, handler) != null) {
            throw new IllegalArgumentException("two handlers for " + key);
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (refusedWhileStopping(event)) {
            return;
        }
        CommandHandler handler = commands.get(event.getName());
        if (handler == null) {
            event.reply(messages.get("error.expired")).setEphemeral(true).queue();
            return;
        }
        Invocation invocation = invocation(event);
        Ack ack = handler.ack(invocation);
        event.deferReply(ack != Ack.REPLY_PUBLIC).queue();
        run(event, Optional.empty(), ack, () -> handler.handle(invocation),
                "/" + invocation.subcommand(), invocation.user());
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (refusedWhileStopping(event)) {
            return;
        }
        Decoded decoded = ComponentIdCodec.decode(event.getComponentId());
        if (!(decoded instanceof Decoded.Valid valid)) {
            event.reply(messages.get("error.expired")).setEphemeral(true).queue();
            return;
        }
        ComponentId id = valid.id();
        Invocation invocation = invocation(event);
        ModalOpener opener = modals.get(id.action());
        if (opener != null) {
            event.replyModal(opener.open(id, invocation)).queue();
            return;
        }
        dispatch(event, id, invocation);
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        if (refusedWhileStopping(event)) {
            return;
        }
        Decoded decoded = ComponentIdCodec.decode(event.getComponentId());
        if (!(decoded instanceof Decoded.Valid valid) || event.getValues().isEmpty()) {
            event.reply(messages.get("error.expired")).setEphemeral(true).queue();
            return;
        }
        Invocation invocation = new Invocation(requester(event.getUser(), event.getMember(), shopServers),
                guildId(event.getGuild()), event.getChannelId(), Optional.of(event.getMessageId()), "",
                Map.of(Invocation.CHOSEN, event.getValues().get(0)), List.of());
        dispatch(event, valid.id(), invocation);
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (refusedWhileStopping(event)) {
            return;
        }
        Decoded decoded = ComponentIdCodec.decode(event.getModalId());
        if (!(decoded instanceof Decoded.Valid valid) || !components.containsKey(valid.id().action())) {
            event.reply(messages.get("error.expired")).setEphemeral(true).queue();
            return;
        }
        ComponentId id = valid.id();
        Invocation invocation = invocation(event);
        ComponentHandler handler = components.get(id.action());
        Ack ack = handler.ack(id);
        if (ack == Ack.EDIT && event.getMessage() != null) {
            event.deferEdit().queue();
        } else {
            ack = ack == Ack.EDIT ? Ack.REPLY_PRIVATE : ack;
            event.deferReply(ack != Ack.REPLY_PUBLIC).queue();
        }
        run(event, id.paymentSession(), ack, () -> handler.handle(id, invocation),
                id.action().name(), invocation.user());
    }

    private void dispatch(GenericComponentInteractionCreateEvent event, ComponentId id, Invocation invocation) {
        ComponentHandler handler = components.get(id.action());
        if (handler == null) {
            event.reply(messages.get("error.expired")).setEphemeral(true).queue();
            return;
        }
        Ack ack = handler.ack(id);
        if (ack == Ack.EDIT) {
            event.deferEdit().queue();
        } else {
            event.deferReply(ack != Ack.REPLY_PUBLIC).queue();
        }
        run(event, id.paymentSession(), ack, () -> handler.handle(id, invocation),
                id.action().name(), invocation.user());
    }

    /** While the bot stops, a new interaction gets a short private "restarting" answer and no handler. */
    private boolean refusedWhileStopping(IReplyCallback event) {
        if (!stopping()) {
            return false;
        }
        LOG.info("interaction {} refused: the bot is stopping", event.getId());
        send(() -> event.reply(messages.get("error.restarting")).setEphemeral(true).queue());
        return true;
    }

    private boolean stopping() {
        return ErrorMapper.stopping(executor);
    }

    /**
     * Runs the handler on the executor; while it runs (and answers), the handler thread's MDC names the
     * interaction ({@value #MDC_INTERACTION}) and the payment session it acts on ({@value #MDC_SESSION}).
     */
    private void run(IReplyCallback event, Optional<String> session, Ack ack, Supplier<Reply> work, String action,
            DiscordUserId by) {
        InteractionHook hook = event.getHook();
        String interaction = event.getId();
        try {
            executor.execute(() -> {
                MDC.put(MDC_INTERACTION, interaction);
                session.ifPresent(id -> MDC.put(MDC_SESSION, id));
                try {
                    answer(hook, ack, work, action, by);
                } finally {
                    MDC.remove(MDC_INTERACTION);
                    MDC.remove(MDC_SESSION);
                }
            });
        } catch (RejectedExecutionException e) {
            // Full, or shut down between the check and now: the interaction is acknowledged, so answer it.
            send(() -> fail(hook, ack, errors.refused(executor)));
        }
    }

    private void answer(InteractionHook hook, Ack ack, Supplier<Reply> work, String action, DiscordUserId by) {
        Reply reply;
        try {
            reply = work.get();
        } catch (RuntimeException | Error e) {
            send(() -> fail(hook, ack, errors.map(e, action, String.valueOf(by))));
            return;
        }
        send(() -> hook.editOriginal(reply.toEditData()).queue());
    }

    /** Queues an answer; once JDA has stopped it refuses requests, which is logged, not thrown. */
    private static void send(Runnable answer) {
        try {
            answer.run();
        } catch (RejectedExecutionException e) {
            LOG.warn("answer not sent: Discord connection already closed", e);
        }
    }

    /** A failure is always private and never overwrites the message a component belongs to. */
    private static void fail(InteractionHook hook, Ack ack, Reply reply) {
        switch (ack) {
            case REPLY_PRIVATE -> hook.editOriginal(reply.toEditData()).queue();
            case REPLY_PUBLIC -> {
                hook.deleteOriginal().queue();
                hook.sendMessage(reply.toCreateData()).setEphemeral(true).queue();
            }
            case EDIT -> hook.sendMessage(reply.toCreateData()).setEphemeral(true).queue();
            default -> throw new IllegalStateException("unknown acknowledgement " + ack);
        }
    }

    private Invocation invocation(SlashCommandInteractionEvent event) {
        Map<String, String> values = new HashMap<>();
        List<Invocation.AttachmentRef> attachments = new ArrayList<>();
        for (OptionMapping option : event.getOptions()) {
            if (option.getType() == OptionType.ATTACHMENT) {
                attachments.add(Invocation.AttachmentRef.of(option.getAsAttachment()));
            } else if (option.getType() == OptionType.USER || option.getType() == OptionType.ROLE
                    || option.getType() == OptionType.CHANNEL || option.getType() == OptionType.MENTIONABLE) {
                values.put(option.getName(), Long.toUnsignedString(option.getAsLong()));
            } else {
                values.put(option.getName(), option.getAsString());
            }
        }
        String path = event.getFullCommandName().replace(' ', '/');
        return new Invocation(requester(event.getUser(), event.getMember(), shopServers), guildId(event.getGuild()),
                event.getChannelId(), Optional.empty(), path, values, attachments);
    }

    private Invocation invocation(GenericComponentInteractionCreateEvent event) {
        return new Invocation(requester(event.getUser(), event.getMember(), shopServers), guildId(event.getGuild()),
                event.getChannelId(), Optional.of(event.getMessageId()), "", Map.of(), List.of());
    }

    private Invocation invocation(ModalInteractionEvent event) {
        Map<String, String> values = new HashMap<>();
        List<Invocation.AttachmentRef> attachments = new ArrayList<>();
        for (ModalMapping mapping : event.getValues()) {
            if (mapping.getType() == Component.Type.FILE_UPLOAD) {
                mapping.getAsAttachmentList().forEach(a -> attachments.add(Invocation.AttachmentRef.of(a)));
            } else if (mapping.getType() == Component.Type.TEXT_INPUT) {
                values.put(mapping.getCustomId(), mapping.getAsString());
            }
        }
        Message message = event.getMessage();
        return new Invocation(requester(event.getUser(), event.getMember(), shopServers), guildId(event.getGuild()),
                event.getChannelId(), Optional.ofNullable(message).map(Message::getId), "", values, attachments);
    }

    private static Optional<String> guildId(ISnowflake guild) {
        return Optional.ofNullable(guild).map(ISnowflake::getId);
    }

    /**
     * The requester as facts: the member's role ids, plus {@link AccessPolicy#SERVER_ADMINISTRATOR}
     * when they hold the Administrator permission in one of the shop's servers; the access policy
     * decides what that grants.
     */
    static Requester requester(User user, Member member, ShopServers shopServers) {
        Set<String> roles = new HashSet<>();
        if (member != null) {
            member.getRoles().forEach(role -> roles.add(role.getId()));
            if (member.hasPermission(Permission.ADMINISTRATOR) && shopServers.includes(member.getGuild())) {
                roles.add(AccessPolicy.SERVER_ADMINISTRATOR);
            }
        }
        return new Requester(new DiscordUserId(user.getIdLong()), roles);
    }
}
