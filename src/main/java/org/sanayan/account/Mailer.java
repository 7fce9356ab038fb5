package org.sanayan.account;

/** Sends mail: over SMTP when configured, else into the outbox folder. */
public interface Mailer {
    void send(Mail mail);

    /** Removes any copy kept of messages to {@code address} (account deletion). */
    default void forget(String address) {
    }
}
