package org.awpt.adapters.discord.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.modals.Modal;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.manual.ApprovalBreaksOneLicenseException;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.junit.jupiter.api.Test;

class LicenseConflictNoticeTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2000L);
    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    private final Messages messages = Messages.english();
    private final SessionNotices notices = new SessionNotices(messages, LicenseTypeCatalog.defaults(),
            ExampleShop.methods());
    private final BuyerModals modals = new BuyerModals(messages, ExampleShop.methods());
    private final PaymentSession session = PaymentSession.open(new SessionId("session000000000000001"), BUYER,
            LicenseTypeCode.WEEKLY, "gcash", new PaymentDetails("GCash", "TX-1", "+63 900 000 1", ""), "55", NOW);

    @Test
    void rejectingAfterALicenseConflictOpensTheReasonModalWithTheReasonFilledIn() {
        Reply notice = notices.renderLicenseConflict(session,
                new ApprovalBreaksOneLicenseException(session.id(), BUYER, NOW.plusSeconds(86_400)));
        Button reject = BotDriver.button(BotDriver.buttons(notice), ComponentAction.PAY_REJECT_LICENSED);

        ComponentId clicked = ComponentId.of(ComponentAction.PAY_REJECT_LICENSED, session.id().value());
        assertThat(reject.getCustomId()).isEqualTo(clicked.encode());

        Modal modal = modals.open(clicked, null);

        assertThat(modal.getId()).isEqualTo(ComponentId.of(ComponentAction.PAY_REJECT_MODAL, session.id().value()).encode());
        assertThat(modal.toData().toString()).contains(messages.get("manual.reject.reason.licensed"));
    }

    @Test
    void anOrdinaryRejectOpensAnEmptyReasonModal() {
        Reply notice = notices.render(session, false, null);
        Button reject = BotDriver.button(BotDriver.buttons(notice), ComponentAction.PAY_REJECT);

        ComponentId clicked = ComponentId.of(ComponentAction.PAY_REJECT, session.id().value());
        assertThat(reject.getCustomId()).isEqualTo(clicked.encode());

        Modal modal = modals.open(clicked, null);

        assertThat(modal.getId()).isEqualTo(ComponentId.of(ComponentAction.PAY_REJECT_MODAL, session.id().value()).encode());
        assertThat(modal.toData().toString()).doesNotContain(messages.get("manual.reject.reason.licensed"));
        assertThat(BotDriver.buttons(notice)).noneMatch(b -> b.getCustomId().contains(ComponentAction.PAY_REJECT_LICENSED.code()));
    }
}
