package org.awpt.adapters.discord.runtime;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A message the bot sends or shows in place of another: text, embeds, component rows, files.
 *
 * @param content    text, may be empty
 * @param embeds     at most 10 embeds
 * @param components rows of components
 * @param files      attached files
 * @param ephemeral  seen only by the person who interacted
 */
public record Reply(String content, List<MessageEmbed> embeds, List<? extends MessageTopLevelComponent> components,
        List<NamedFile> files, boolean ephemeral) {

    /** Copies the lists. */
    public Reply {
        content = content == null ? "" : content;
        embeds = List.copyOf(embeds);
        components = List.copyOf(components);
        files = List.copyOf(files);
    }

    /** A private text. */
    public static Reply privateText(String content) {
        return new Reply(content, List.of(), List.of(), List.of(), true);
    }

    /** A private embed with rows of components. */
    public static Reply privateEmbed(MessageEmbed embed, List<? extends MessageTopLevelComponent> rows) {
        return new Reply("", List.of(embed), List.copyOf(rows), List.of(), true);
    }

    /** This reply seen by everyone in the channel. */
    public Reply publicly() {
        return new Reply(content, embeds, components, files, false);
    }

    /** This reply with a file attached. */
    public Reply withFile(NamedFile file) {
        List<NamedFile> all = new ArrayList<>(files);
        all.add(file);
        return new Reply(content, embeds, components, all, ephemeral);
    }

    /** This reply with other text. */
    public Reply withContent(String text) {
        return new Reply(text, embeds, components, files, ephemeral);
    }

    /** As a new message. */
    public MessageCreateData toCreateData() {
        MessageCreateBuilder builder = new MessageCreateBuilder().setContent(content).setEmbeds(embeds)
                .setComponents(components);
        files.forEach(file -> builder.addFiles(file.toUpload()));
        return builder.build();
    }

    /**
     * As the new state of an existing message (replacing its text, embeds, components and files). It
     * pings no one: the edit that completes a deferred reply is what Discord notifies for, and JDA sends
     * allowed mentions with an edit only when they are set on it.
     */
    public MessageEditData toEditData() {
        List<FileUpload> uploads = files.stream().map(NamedFile::toUpload).toList();
        return new MessageEditBuilder().setContent(content).setEmbeds(embeds).setComponents(components)
                .setAttachments(uploads).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
    }
}
