package org.sanayan.account;

/** One email message, plain text. {@code purpose} is for the log only (never the token). */
public record Mail(String to, String subject, String body, String purpose) {
}
