package org.awpt.bootstrap.bench;

/** The interactions a simulated buyer (or the admin) makes, as the latency benchmark reports them. */
public enum InteractionKind {
    /** "Buy a license" on the panel: the bot opens a ticket channel. */
    OPEN_TICKET("open ticket (panel button)"),
    /** Weekly by Robux in the ticket: the instructions. */
    CHOOSE_ROBUX("choose Robux"),
    /** "I purchased the gamepass": answered with the username modal. */
    OPEN_USERNAME_MODAL("I purchased (opens the username modal)"),
    /** The username modal submitted: the bot verifies the purchase with Roblox and delivers a key. */
    VERIFY_ROBUX("submit username, verify with Roblox"),
    /** Weekly by GCash in the ticket: the payment details. */
    CHOOSE_MANUAL("choose a manual method"),
    /** "I made a payment": answered with the proof modal. */
    OPEN_PROOF_MODAL("I made a payment (opens the proof modal)"),
    /** The proof modal submitted with a screenshot: the bot posts the payment for review. */
    SUBMIT_PROOF("submit manual proof"),
    /** An admin approves the payment on its notice: the bot delivers a key and updates the notice. */
    APPROVE("admin approve");

    private final String label;

    InteractionKind(String label) {
        this.label = label;
    }

    /** How the report names it. */
    public String label() {
        return label;
    }
}
