package org.sanayan.account;

/** Sends mail: over SMTP when configured, else into the outbox folder. */
public interface Mailer {
    void send(Mail mail);
}
