package org.awpt.adapters.discord.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.cooldown.CooldownState;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.CooldownAction;

/** {@code /cooldown status user} and {@code /cooldown reset user [feature]}: a buyer's cooldowns, for admins. */
public final class CooldownCommand implements CommandHandler {
    private final CooldownUseCase cooldowns;
    private final Messages messages;

    /** The command over the cooldown use case. */
    public CooldownCommand(CooldownUseCase cooldowns, Messages messages) {
        this.cooldowns = Objects.requireNonNull(cooldowns, "cooldowns");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String name() {
        return SlashCommands.COOLDOWN;
    }

    @Override
    public Reply handle(Invocation invocation) {
        DiscordUserId user = DiscordUserId.parse(invocation.value("user")
                .orElseThrow(() -> new InvalidInputException("user", "a member of the server")));
        if ("cooldown/status".equals(invocation.subcommand())) {
            List<CooldownState> states = cooldowns.status(invocation.requester(), user);
            String lines = states.stream().map(state -> messages.get("cooldown.status.line",
                    "action", state.action().code(), "failures", state.failures(),
                    "state", state.retryAt().map(at -> messages.get("cooldown.state.waiting", "retryAt", at))
                            .orElse(messages.get("cooldown.state.free")))).collect(Collectors.joining("\n"));
            return Reply.privateEmbed(SafeEmbed.create().title(messages.get("cooldown.status.title", "user",
                    "<@" + user.asString() + ">")).description(lines).color(BuyerViews.BRAND).build(), List.of());
        }
        Optional<CooldownAction> action = invocation.value("feature").map(CooldownCommand::action);
        List<CooldownAction> cleared = cooldowns.reset(invocation.requester(), user, action);
        return Reply.privateText(cleared.isEmpty()
                ? messages.get("cooldown.reset.nothing", "user", "<@" + user.asString() + ">")
                : messages.get("cooldown.reset.done", "user", "<@" + user.asString() + ">", "actions",
                        cleared.stream().map(CooldownAction::code).collect(Collectors.joining(", "))));
    }

    private static CooldownAction action(String raw) {
        return CooldownAction.ALL.stream().filter(a -> a.code().equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidInputException("feature", "one of " + CooldownAction.ALL));
    }
}
