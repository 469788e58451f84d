package org.awpt.adapters.discord.buyer;

import java.util.Optional;
import net.dv8tion.jda.api.components.selections.SelectMenu;
import net.dv8tion.jda.api.entities.Message;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.application.purchase.MethodOffer;
import org.awpt.application.purchase.PurchaseCatalog;
import org.awpt.application.purchase.TypeOffer;

/**
 * Where the payment embed's choices go, decided here only, so that no choice is ever dropped. While
 * every (type, method) pair fits as a button in the rows left beside "My licenses" and "Close", the
 * embed shows them all (one click for the buyer); otherwise it shows a menu of the types and the chosen
 * type's methods come as buttons in a private answer. The limits that remain (options of a select
 * menu, buttons of one message) are checked when the configuration is loaded
 * ({@link #typesRefusal}, {@link #methodsRefusal}).
 */
public final class PaymentLayout {
    /** Rows of the ticket's message holding payment choices: one of Discord's 5 holds My licenses and Close. */
    public static final int CHOICE_ROWS = Message.MAX_COMPONENT_COUNT - 1;
    /** Pairs shown as buttons at most, before the type menu takes over. */
    public static final int MAX_BUTTONS = CHOICE_ROWS * Rows.PER_ROW;
    /** License types at most: the options of one Discord select menu. */
    public static final int MAX_TYPES = SelectMenu.OPTIONS_MAX_AMOUNT;
    /** Payment methods of one type at most: the buttons of the private answer (5 rows of 5). */
    public static final int MAX_METHODS_PER_TYPE = Message.MAX_COMPONENT_COUNT * Rows.PER_ROW;

    /** How the payment embed offers the choices. */
    public enum Shape {
        /** One button per (type, method) pair, in the embed. */
        BUTTONS,
        /** A menu of the types in the embed; the chosen type's methods as buttons in a private answer. */
        TYPE_MENU
    }

    private PaymentLayout() {
    }

    /** The shape for this catalog: buttons while every pair fits, else the type menu. */
    public static Shape of(PurchaseCatalog catalog) {
        return choices(catalog) <= MAX_BUTTONS ? Shape.BUTTONS : Shape.TYPE_MENU;
    }

    /** How many (type, method) pairs a buyer may choose from. */
    public static int choices(PurchaseCatalog catalog) {
        int pairs = 0;
        for (TypeOffer type : catalog.types()) {
            for (MethodOffer method : catalog.methods()) {
                if (method.offers(type.type().code())) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    /** Why a shop with this many license types cannot be shown, or empty while it can. */
    public static Optional<String> typesRefusal(int types) {
        return types <= MAX_TYPES ? Optional.empty()
                : Optional.of("at most " + MAX_TYPES + " license types (found " + types + "): buyers pick a type"
                        + " from a Discord select menu, which holds " + MAX_TYPES + " options");
    }

    /** Why a license type offered by this many payment methods cannot be shown, or empty while it can. */
    public static Optional<String> methodsRefusal(String type, int methods) {
        return methods <= MAX_METHODS_PER_TYPE ? Optional.empty()
                : Optional.of("at most " + MAX_METHODS_PER_TYPE + " payment methods for license type " + type
                        + " (found " + methods + "): its methods are buttons of one Discord message, which holds "
                        + Message.MAX_COMPONENT_COUNT + " rows of " + Rows.PER_ROW);
    }
}
