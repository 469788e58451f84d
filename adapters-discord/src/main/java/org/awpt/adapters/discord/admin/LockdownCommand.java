package org.awpt.adapters.discord.admin;

import java.util.Objects;
import java.util.stream.Collectors;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.TicketEmbeds;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.lockdown.SetLockdown;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;

/** {@code /lockdown set|status}; a change refreshes every open purchase embed. */
public final class LockdownCommand implements CommandHandler {
    private final LockdownUseCase lockdown;
    private final TicketEmbeds embeds;
    private final Messages messages;

    /** The command over the lockdown use case. */
    public LockdownCommand(LockdownUseCase lockdown, TicketEmbeds embeds,
            Messages messages) {
        this.lockdown = Objects.requireNonNull(lockdown, "lockdown");
        this.embeds = Objects.requireNonNull(embeds, "embeds");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String name() {
        return SlashCommands.LOCKDOWN;
    }

    @Override
    public Reply handle(Invocation invocation) {
        if ("lockdown/status".equals(invocation.subcommand())) {
            String lines = lockdown.status(invocation.requester()).stream().map(state -> messages.get("lockdown.status.line",
                    "feature", state.feature(), "state", state.lastChange().filter(Lockdown::locked)
                            .map(l -> messages.get("lockdown.state.locked", "reason", EchoedText.of(l.reason(), EchoedText.REASON), "by", l.changedBy()))
                            .orElse(messages.get("lockdown.state.open")))).collect(Collectors.joining("\n"));
            return Reply.privateEmbed(SafeEmbed.create().title(messages.get("lockdown.status.title"))
                    .description(lines).color(BuyerViews.BRAND).build(), java.util.List.of());
        }
        Feature feature = feature(invocation.value("feature").orElse(""));
        boolean locked = "locked".equals(invocation.value("state").orElse(""));
        Lockdown set = lockdown.set(new SetLockdown(invocation.requester(), feature, locked,
                invocation.value("reason").orElse("")));
        embeds.refreshAll();
        return Reply.privateText(set.locked()
                ? messages.get("lockdown.set.locked", "feature", set.feature(), "reason",
                        EchoedText.of(set.reason(), EchoedText.REASON))
                : messages.get("lockdown.set.open", "feature", set.feature()));
    }

    private static Feature feature(String raw) {
        try {
            return new Feature(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("feature", "a payment method, key_requests or imports");
        }
    }
}
