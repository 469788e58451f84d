package org.awpt.adapters.discord.lifecycle;

import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.components.buttons.Button;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.notify.ClosedDirectMessages;
import org.awpt.adapters.discord.runtime.DirectMessagesClosedException;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;

/**
 * Reminds a holder by direct message: the type, the masked key, its expiry as a Discord timestamp
 * and a Renew button. Closed direct messages (50007) are a {@link DeliveryFailedException}, and a
 * user already known to have closed them is not asked at all (refused requests get bots banned).
 */
public final class JdaExpiryReminderNotifier implements ExpiryReminderNotifier {
    private final DiscordOps ops;
    private final BuyerTexts buyers;
    private final ClosedDirectMessages closed;

    /** A notifier sending through {@code ops}, worded from {@code messages}. */
    public JdaExpiryReminderNotifier(DiscordOps ops, Messages messages, ClosedDirectMessages closed) {
        this(ops, BuyerTexts.only(messages), closed);
    }

    /** A notifier sending through {@code ops}, in each holder's language. */
    public JdaExpiryReminderNotifier(DiscordOps ops, BuyerTexts buyers, ClosedDirectMessages closed) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
        this.closed = Objects.requireNonNull(closed, "closed");
    }

    @Override
    public void remindExpiry(LicenseKey key, LicenseType type) {
        if (key.holder() == null || key.expiresAt() == null) {
            throw new IllegalArgumentException("only a held key with an expiry is reminded: " + key);
        }
        if (closed.isClosed(key.holder())) {
            throw new DeliveryFailedException("direct messages of " + key.holder() + " are closed", null);
        }
        try {
            ops.sendDirect(key.holder(), reminder(key, type));
        } catch (DirectMessagesClosedException e) {
            closed.markClosed(key.holder());
            throw new DeliveryFailedException("direct messages of " + key.holder() + " are closed", e);
        }
    }

    /** The reminder: never the full key, only its masked form. */
    Reply reminder(LicenseKey key, LicenseType type) {
        Messages messages = buyers.of(key.holder());
        Button renew = Button.primary(ComponentId.of(ComponentAction.LICENSE_RENEW, type.code().value()).encode(),
                messages.get("reminder.button.renew"));
        return new Reply("", List.of(SafeEmbed.create()
                .title(messages.get("reminder.title", "type", type.displayName()))
                .description(messages.get("reminder.description", "type", type.displayName(),
                        "key", key.code().masked(), "expiresAt", key.expiresAt()))
                .color(BuyerViews.BRAND).build()), Rows.of(List.of(renew), 1), List.of(), false);
    }
}
