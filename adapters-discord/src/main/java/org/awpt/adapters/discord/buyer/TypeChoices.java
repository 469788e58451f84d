package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import java.util.Set;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.domain.NotFoundException;

/**
 * The payment embed's type menu ({@link PaymentLayout.Shape#TYPE_MENU}): answers the chosen type's
 * methods privately, and redraws the ticket's embed so the menu can be used again.
 */
public final class TypeChoices implements ComponentHandler {
    private final PurchaseCatalogUseCase catalog;
    private final TicketEmbeds embeds;
    private final BuyerViews views;

    /** Type choices over this catalog, redrawing through {@code embeds}. */
    public TypeChoices(PurchaseCatalogUseCase catalog, TicketEmbeds embeds, BuyerViews views) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.embeds = Objects.requireNonNull(embeds, "embeds");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.PAY_TYPE);
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        String chosen = invocation.value(Invocation.CHOSEN)
                .orElseThrow(() -> new NotFoundException("license type", ""));
        Reply methods = views.typeMethods(catalog.catalog(), Ids.type(chosen));
        embeds.redraw(invocation.channelId());
        return methods;
    }
}
