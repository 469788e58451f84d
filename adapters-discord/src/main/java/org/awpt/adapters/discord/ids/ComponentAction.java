package org.awpt.adapters.discord.ids;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of button, select menu or modal the bot sends, with the number of arguments its id carries.
 * Codes are part of messages already posted: never change or reuse one; add a new one instead.
 */
public enum ComponentAction {
    /** Purchase panel: open a ticket. */
    PANEL_BUY("panel:buy", 0),
    /** Show the keys the clicking user holds. */
    MY_LICENSES("lic:mine", 0),
    /** Ticket: close it; answers with the reason modal. */
    TICKET_CLOSE("ticket:close", 0),
    /** Ticket close modal, with an optional reason. */
    TICKET_CLOSE_MODAL("ticket:closem", 0),
    /** Payment embed: pay for a type (arg 0) with a method (arg 1). */
    PAY_METHOD("pay:method", 2),
    /** Payment embed's type menu: the chosen type's methods (the chosen option carries the type). */
    PAY_TYPE("pay:type", 0),
    /** Robux: "I purchased the gamepass" for a type (arg 0); answers with the verify modal. */
    ROBUX_PURCHASED("robux:done", 1),
    /** Robux verify modal for a type (arg 0). */
    ROBUX_MODAL("robux:modal", 1),
    /**
     * Robux "already paid out": "I removed it" for a type (arg 0) and Roblox account id (arg 1); checks
     * with Roblox that the gamepass is gone, so the next purchase pays.
     */
    ROBUX_REMOVED("robux:removed", 2),
    /** Storefront: cancel the visit (arg 0). */
    STOREFRONT_CANCEL("shop:cancel", 1),
    /** Manual payment: "I made a payment" for a type (arg 0) and method (arg 1); answers with the modal. */
    MANUAL_PAID("man:paid", 2),
    /** Manual payment modal for a type (arg 0) and method (arg 1). */
    MANUAL_MODAL("man:modal", 2),
    /** Admin notice: approve a session (arg 0). */
    PAY_APPROVE("pay:approve", 1),
    /** Admin notice: approve a session (arg 0) although its buyer now holds an active license (a gift). */
    PAY_APPROVE_ANYWAY("pay:gift", 1),
    /** Admin notice: reject a session (arg 0); answers with the reason modal. */
    PAY_REJECT("pay:reject", 1),
    /**
     * Admin notice after approving was refused because the buyer holds an active license: reject a session
     * (arg 0); answers with the reason modal, the reason filled in.
     */
    PAY_REJECT_LICENSED("pay:rejectl", 1),
    /** Reject reason modal of a session (arg 0). */
    PAY_REJECT_MODAL("pay:rejectm", 1),
    /** Ticket notice: take the next image the buyer posts as the proof of a session (arg 0). */
    PROOF_UPLOAD("pay:upload", 1),
    /** Buyer or admin: cancel a session (arg 0). */
    PAY_CANCEL("pay:cancel", 1),
    /** Statistics view. */
    STATS_VIEW("inv:stats", 0),
    /** Statistics: export every key as CSV. */
    STATS_EXPORT("inv:export", 0),
    /** Statistics: open the search modal. */
    STATS_SEARCH("inv:search", 0),
    /** Search modal. */
    SEARCH_MODAL("inv:searchm", 0),
    /**
     * Transactions view over a period (arg 0: the last N days, or {@code FROM.TO} as ISO dates) as bar or
     * line (arg 1).
     */
    TRANSACTIONS("inv:tx", 2),
    /** Transactions view: open the custom range modal (chart style arg 0). */
    TX_RANGE("inv:txrange", 1),
    /** Custom range modal of the transactions view (chart style arg 0). */
    TX_RANGE_MODAL("inv:txrangem", 1),
    /** All keys: type filter (arg 0, "all" or a type), status filter (arg 1, "all" or a status), page (arg 2). */
    KEYS_PAGE("inv:keys", 3),
    /** All keys: the type filter's menu, shown when the types outnumber its buttons (status filter arg 0). */
    KEYS_TYPE("inv:keyst", 1),
    /** Key request: approve (arg 0). */
    REQUEST_APPROVE("req:approve", 1),
    /** Key request: approve (arg 0) although it leaves the type's stock low, as the admin confirmed. */
    REQUEST_APPROVE_LOW_STOCK("req:lowok", 1),
    /** Key request: deny (arg 0). */
    REQUEST_DENY("req:deny", 1),
    /** Audit: export as CSV the latest events, by actor (arg 0, "all" or an id) and action (arg 1, "all" or one). */
    AUDIT_EXPORT("audit:csv", 2),
    /** Expiry reminder: renew a license of a type (arg 0) by opening a purchase ticket. */
    LICENSE_RENEW("lic:renew", 1),
    /** Purchase panel: the clicking buyer reads the shop in a language (arg 0, a language tag) from now on. */
    LANGUAGE_CHOOSE("lang:set", 1);

    private static final Map<String, ComponentAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ComponentAction::code, Function.identity()));
    /** The actions whose first argument is a payment session id. */
    private static final Set<ComponentAction> ON_SESSION = EnumSet.of(PAY_APPROVE, PAY_APPROVE_ANYWAY, PAY_REJECT, PAY_REJECT_LICENSED,
            PAY_REJECT_MODAL,
            PROOF_UPLOAD, PAY_CANCEL);

    /**
     * The actions a buyer takes (also staff taking them in a ticket): answered in the buyer's language,
     * when the bot speaks it. The others are staff work, answered in the shop's language.
     */
    private static final Set<ComponentAction> BUYER_FACING = EnumSet.of(PANEL_BUY, MY_LICENSES, TICKET_CLOSE,
            TICKET_CLOSE_MODAL,
            PAY_TYPE, PAY_METHOD, ROBUX_PURCHASED, ROBUX_MODAL, ROBUX_REMOVED, STOREFRONT_CANCEL, MANUAL_PAID, MANUAL_MODAL,
            PROOF_UPLOAD, PAY_CANCEL, LICENSE_RENEW, LANGUAGE_CHOOSE);

    private final String code;
    private final int arity;

    ComponentAction(String code, int arity) {
        this.code = code;
        this.arity = arity;
    }

    /** The code written into ids. */
    public String code() {
        return code;
    }

    /** How many arguments an id of this action carries. */
    public int arity() {
        return arity;
    }

    /** Whether the first argument of an id of this action is a payment session id. */
    public boolean actsOnSession() {
        return ON_SESSION.contains(this);
    }

    /** Whether buyers take this action, so it is answered in their language. */
    public boolean buyerFacing() {
        return BUYER_FACING.contains(this);
    }

    /** The action with this code. */
    public static Optional<ComponentAction> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
