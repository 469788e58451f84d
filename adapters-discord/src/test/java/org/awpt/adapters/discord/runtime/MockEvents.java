package org.awpt.adapters.discord.runtime;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/** Mocked JDA interaction events (deep stubs: every RestAction's {@code queue()} does nothing). */
public final class MockEvents {
    /** The server of every event. */
    public static final String GUILD = "900000000000000001";
    /** The channel of every event unless said otherwise. */
    public static final String CHANNEL = "900000000000000002";

    private MockEvents() {
    }

    /** A user with server roles. */
    public static Member member(long userId, String... roleIds) {
        Member member = mock(Member.class);
        List<Role> roles = new ArrayList<>();
        for (String id : roleIds) {
            Role role = mock(Role.class);
            when(role.getId()).thenReturn(id);
            roles.add(role);
        }
        when(member.getRoles()).thenReturn(roles);
        return member;
    }

    private static User user(long userId) {
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(userId);
        when(user.getId()).thenReturn(Long.toString(userId));
        return user;
    }

    private static Guild guild() {
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(GUILD);
        return guild;
    }

    /** Who interacted, in which server and channel. */
    private static <T extends GenericInteractionCreateEvent> T who(T event, long userId, String[] roles,
            String channelId) {
        User user = user(userId);
        when(event.getUser()).thenReturn(user);
        Member member = member(userId, roles);
        when(event.getMember()).thenReturn(member);
        Guild guild = guild();
        when(event.getGuild()).thenReturn(guild);
        when(event.getChannelId()).thenReturn(channelId);
        return event;
    }

    /** A slash command with string options (name, value pairs). */
    public static SlashCommandInteractionEvent slash(long userId, String[] roles, String fullName, String... options) {
        SlashCommandInteractionEvent event = who(mock(SlashCommandInteractionEvent.class, RETURNS_DEEP_STUBS), userId,
                roles, CHANNEL);
        when(event.getName()).thenReturn(fullName.split(" ")[0]);
        when(event.getFullCommandName()).thenReturn(fullName);
        List<OptionMapping> mappings = new ArrayList<>();
        for (int i = 0; i < options.length; i += 2) {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getName()).thenReturn(options[i]);
            when(mapping.getType()).thenReturn(OptionType.STRING);
            when(mapping.getAsString()).thenReturn(options[i + 1]);
            mappings.add(mapping);
        }
        when(event.getOptions()).thenReturn(mappings);
        return event;
    }

    /** Adds an attachment option to a slash command event. */
    public static void attach(SlashCommandInteractionEvent event, String name, String url, long size) {
        List<OptionMapping> mappings = new ArrayList<>(event.getOptions());
        OptionMapping mapping = mock(OptionMapping.class);
        when(mapping.getName()).thenReturn(name);
        when(mapping.getType()).thenReturn(OptionType.ATTACHMENT);
        Message.Attachment attachment = attachment(url, size);
        when(mapping.getAsAttachment()).thenReturn(attachment);
        mappings.add(mapping);
        when(event.getOptions()).thenReturn(mappings);
    }

    /** Adds a user option to a slash command event. */
    public static void userOption(SlashCommandInteractionEvent event, String name, long userId) {
        List<OptionMapping> mappings = new ArrayList<>(event.getOptions());
        OptionMapping mapping = mock(OptionMapping.class);
        when(mapping.getName()).thenReturn(name);
        when(mapping.getType()).thenReturn(OptionType.USER);
        when(mapping.getAsLong()).thenReturn(userId);
        mappings.add(mapping);
        when(event.getOptions()).thenReturn(mappings);
    }

    private static Message.Attachment attachment(String url, long size) {
        Message.Attachment attachment = mock(Message.Attachment.class);
        when(attachment.getUrl()).thenReturn(url);
        when(attachment.getFileName()).thenReturn(url.substring(url.lastIndexOf('/') + 1));
        when(attachment.getSize()).thenReturn((int) size);
        when(attachment.getContentType()).thenReturn("application/octet-stream");
        return attachment;
    }

    /** A button click on a message in a channel. */
    public static ButtonInteractionEvent button(long userId, String[] roles, String componentId, String channelId,
            String messageId) {
        ButtonInteractionEvent event = who(mock(ButtonInteractionEvent.class, RETURNS_DEEP_STUBS), userId, roles,
                channelId);
        when(event.getMessageId()).thenReturn(messageId);
        when(event.getComponentId()).thenReturn(componentId);
        return event;
    }

    /** An option chosen (by value) in a select menu of a message in a channel. */
    public static StringSelectInteractionEvent select(long userId, String[] roles, String componentId,
            String channelId, String messageId, String value) {
        StringSelectInteractionEvent event = who(mock(StringSelectInteractionEvent.class, RETURNS_DEEP_STUBS), userId,
                roles, channelId);
        when(event.getMessageId()).thenReturn(messageId);
        when(event.getComponentId()).thenReturn(componentId);
        when(event.getValues()).thenReturn(List.of(value));
        return event;
    }

    /** A modal submission with text fields (id, value pairs) and uploaded files (urls). */
    public static ModalInteractionEvent modal(long userId, String[] roles, String modalId, String channelId,
            List<String> uploadUrls, String... fields) {
        ModalInteractionEvent event = who(mock(ModalInteractionEvent.class, RETURNS_DEEP_STUBS), userId, roles,
                channelId);
        when(event.getModalId()).thenReturn(modalId);
        when(event.getMessage()).thenReturn(null);
        List<ModalMapping> mappings = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            ModalMapping mapping = mock(ModalMapping.class);
            when(mapping.getCustomId()).thenReturn(fields[i]);
            when(mapping.getType()).thenReturn(Component.Type.TEXT_INPUT);
            when(mapping.getAsString()).thenReturn(fields[i + 1]);
            mappings.add(mapping);
        }
        if (!uploadUrls.isEmpty()) {
            ModalMapping mapping = mock(ModalMapping.class);
            when(mapping.getCustomId()).thenReturn("proof");
            when(mapping.getType()).thenReturn(Component.Type.FILE_UPLOAD);
            List<Message.Attachment> files = uploadUrls.stream().map(url -> attachment(url, 100)).toList();
            when(mapping.getAsAttachmentList()).thenReturn(files);
            mappings.add(mapping);
        }
        when(event.getValues()).thenReturn(mappings);
        return event;
    }

    /** The last answer written over the deferred reply or the component's message. */
    public static MessageEditData lastEdit(InteractionHook hook) {
        ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook, atLeast(1)).editOriginal(captor.capture());
        return captor.getValue();
    }

    /** Every answer written over the deferred reply or the component's message. */
    public static List<MessageEditData> edits(InteractionHook hook) {
        return mockingDetails(hook).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("editOriginal")
                        && i.getArguments()[0] instanceof MessageEditData)
                .map(i -> (MessageEditData) i.getArguments()[0]).toList();
    }

    /** Every private follow-up message. */
    public static List<MessageCreateData> followUps(InteractionHook hook) {
        return mockingDetails(hook).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("sendMessage")
                        && i.getArguments()[0] instanceof MessageCreateData)
                .map(i -> (MessageCreateData) i.getArguments()[0]).toList();
    }

    /** The modal a button was answered with. */
    public static Modal modalShown(ButtonInteractionEvent event) {
        ArgumentCaptor<Modal> captor = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(captor.capture());
        return captor.getValue();
    }

    /** Whether the event was deferred (as a reply or an edit). */
    public static boolean deferred(Object event) {
        return mockingDetails(event).getInvocations().stream()
                .anyMatch(i -> i.getMethod().getName().equals("deferReply") || i.getMethod().getName().equals("deferEdit"));
    }
}
