package org.awpt.adapters.discord.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.buttons.Button;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.export.ExportTables;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.NamedFile;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.ActorId;
import org.awpt.domain.ConsoleOperator;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;

/** {@code /audit recent}: the latest events, filterable by actor and action, with a CSV export button. */
public final class AuditCommand implements CommandHandler, ComponentHandler {
    /** Events shown in the embed by default. */
    public static final int SHOWN = 20;
    /** Events in an export. */
    public static final int EXPORTED = 1_000;

    private final AuditUseCase audit;
    private final Messages messages;

    /** The command over the audit use case. */
    public AuditCommand(AuditUseCase audit, Messages messages) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String name() {
        return SlashCommands.AUDIT;
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.AUDIT_EXPORT);
    }

    @Override
    public Reply handle(Invocation invocation) {
        Optional<String> actor = invocation.value("actor");
        Optional<String> action = invocation.value("action");
        int limit = invocation.value("limit").map(AuditCommand::limit).orElse(SHOWN);
        List<AuditEvent> events = audit.recent(invocation.requester(), query(actor, action, limit));
        String lines = events.isEmpty() ? messages.get("audit.none") : events.stream().map(this::line)
                .collect(Collectors.joining("\n"));
        Button export = Button.secondary(ComponentId.of(ComponentAction.AUDIT_EXPORT, actor.orElse(AdminViews.ALL),
                action.orElse(AdminViews.ALL)).encode(), messages.get("audit.button.export"));
        return Reply.privateEmbed(SafeEmbed.create().title(messages.get("audit.title")).description(lines)
                .color(BuyerViews.BRAND).build(), Rows.of(List.of(export), 1));
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        Optional<String> actor = Optional.of(id.arg(0)).filter(a -> !AdminViews.ALL.equals(a));
        Optional<String> action = Optional.of(id.arg(1)).filter(a -> !AdminViews.ALL.equals(a));
        List<AuditEvent> events = audit.recent(invocation.requester(), query(actor, action, EXPORTED));
        return Reply.privateText(messages.get("audit.exported", "count", events.size()))
                .withFile(new NamedFile("audit.csv", ExportTables.audit(events).toBytes()));
    }

    private String line(AuditEvent event) {
        return messages.get("audit.line", "at", "<t:" + event.at().getEpochSecond() + ":f>",
                "action", event.action().wireName(),
                "actor", actor(event.actor()),
                "subject", EchoedText.of(event.subject(), EchoedText.NAME));
    }

    /** A Discord user as a mention, the console's operator by their OS user name, the shop itself by name. */
    private String actor(ActorId actor) {
        if (actor == null) {
            return messages.get("audit.actor.system");
        }
        if (actor instanceof ConsoleOperator console) {
            return messages.get("audit.actor.console", "user", EchoedText.of(console.osUser(), EchoedText.NAME));
        }
        return "<@" + actor.asString() + ">";
    }

    private static AuditQuery query(Optional<String> actor, Optional<String> action, int limit) {
        return new AuditQuery(actor.map(DiscordUserId::parse), action.map(AuditCommand::action), limit);
    }

    private static AuditAction action(String raw) {
        try {
            return AuditAction.fromWireName(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "an audit action such as payment_approved");
        }
    }

    private static int limit(String raw) {
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= 100) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("limit", "a whole number from 1 to 100");
    }
}
