package org.awpt.domain.payment;

import org.awpt.domain.InvalidInputException;

/**
 * What a buyer tells about a manual payment.
 *
 * @param methodUsed    the method the buyer says they used (free text, such as {@code GCash}); 1-100 chars
 * @param transactionId the payment's transaction id; optional, at most 200 characters
 * @param contact       how to reach the buyer (email, phone); 1-200 characters
 * @param notes         anything else; optional, at most 1,000 characters
 */
public record PaymentDetails(String methodUsed, String transactionId, String contact, String notes) {
    /** Trims every field and checks lengths, naming the field that is wrong. */
    public PaymentDetails {
        methodUsed = required(methodUsed, "payment method", 100);
        transactionId = optional(transactionId, "transaction id", 200);
        contact = required(contact, "contact", 200);
        notes = optional(notes, "notes", 1000);
    }

    private static String required(String value, String field, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new InvalidInputException(field, "1 to " + max + " characters");
        }
        return trimmed;
    }

    private static String optional(String value, String field, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return trimmed;
    }
}
