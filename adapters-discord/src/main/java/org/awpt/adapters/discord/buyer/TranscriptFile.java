package org.awpt.adapters.discord.buyer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.awpt.adapters.discord.runtime.NamedFile;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;

/**
 * A closed ticket's transcript as a plain UTF-8 text file: a heading (ticket, buyer, times, reason), then
 * one line per message with its time in UTC, author and id, text, and a line per attachment link. Plain
 * text, so nothing a buyer wrote can turn into markup anywhere it is opened.
 */
public final class TranscriptFile {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Messages messages;

    /** Files worded from this bundle. */
    public TranscriptFile(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The file of a closed ticket's transcript. */
    public NamedFile of(TicketClosing closing, Transcript transcript) {
        StringBuilder text = new StringBuilder();
        String channel = closing.ticket().channelId();
        line(text, messages.get("ticket.transcript.file.title", "channel", channel, "buyer",
                closing.ticket().buyer().asString()));
        line(text, messages.get("ticket.transcript.file.times", "openedAt", time(closing.ticket().openedAt()),
                "closedAt", time(closing.ticket().closedAt())));
        line(text, messages.get("ticket.transcript.how." + closing.cause().wireName(), "closer",
                closing.closedBy() == null ? "" : closing.closedBy().asString()));
        closing.givenReason().ifPresent(reason -> line(text, messages.get("ticket.transcript.file.reason",
                "reason", reason)));
        if (transcript.lines().isEmpty() && !transcript.complete()) {
            line(text, messages.get("ticket.transcript.file.unavailable"));
        } else if (!transcript.complete()) {
            line(text, messages.get("ticket.transcript.file.incomplete", "count", transcript.lines().size()));
        }
        text.append('\n');
        for (Transcript.Line message : transcript.lines()) {
            line(text, messages.get("ticket.transcript.file.line", "at", time(message.at()), "author",
                    message.authorName(), "authorId", message.authorId(), "text", message.text()));
            for (Transcript.Attachment file : message.attachments()) {
                line(text, messages.get("ticket.transcript.file.attachment", "name", file.fileName(), "url", file.url()));
            }
        }
        return new NamedFile(messages.get("ticket.transcript.file.name", "channel", channel),
                text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }
}
