package org.awpt.adapters.discord.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;

/**
 * One interaction as handlers see it, free of JDA: who, where, and what they entered.
 *
 * @param requester   who asked, with their server roles
 * @param guildId     the server, or empty in a direct message
 * @param channelId   the channel
 * @param messageId   the message a component belongs to, or empty
 * @param subcommand  the slash subcommand path such as {@code license/view}, or empty
 * @param values      option values and modal fields by name, as text
 * @param attachments attachments given with the interaction (slash option or modal upload)
 */
public record Invocation(Requester requester, Optional<String> guildId, String channelId, Optional<String> messageId,
        String subcommand, Map<String, String> values, List<AttachmentRef> attachments) {

    /** The value naming the option chosen in a select menu. */
    public static final String CHOSEN = "chosen";

    /** Copies the parts. */
    public Invocation {
        Objects.requireNonNull(requester, "requester");
        guildId = guildId == null ? Optional.empty() : guildId;
        messageId = messageId == null ? Optional.empty() : messageId;
        subcommand = subcommand == null ? "" : subcommand;
        values = Map.copyOf(values);
        attachments = List.copyOf(attachments);
    }

    /** The user who asked. */
    public DiscordUserId user() {
        return requester.userId();
    }

    /** A value, if given and not blank. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * A file given with an interaction.
     *
     * @param fileName    its name
     * @param url         where Discord serves it (the link expires: download at once)
     * @param size        its size in bytes as Discord reports it
     * @param contentType its declared content type, may be empty
     */
    public record AttachmentRef(String fileName, String url, long size, String contentType) {
        /** Checks the parts. */
        public AttachmentRef {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(url, "url");
            contentType = contentType == null ? "" : contentType;
        }

        /** The reference to a file Discord holds for a message or an interaction. */
        public static AttachmentRef of(Message.Attachment attachment) {
            return new AttachmentRef(attachment.getFileName(), attachment.getUrl(), attachment.getSize(),
                    attachment.getContentType());
        }
    }
}
