package org.sanayan.account;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail on a background thread: a slow or failing mail server neither delays nor fails the request, and the
 * time a request takes does not tell whether a message was sent (no account enumeration by timing).
 */
public final class QueuedMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedMailer.class);

    private final Mailer delegate;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-sender");
        t.setDaemon(true);
        return t;
    });

    public QueuedMailer(Mailer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void send(Mail mail) {
        queue.submit(() -> {
            try {
                delegate.send(mail);
            } catch (RuntimeException e) {
                LOG.error("a {} message could not be sent: {}", mail.purpose(), e.getMessage());
            }
        });
    }

    @Override
    public void forget(String address) {
        delegate.forget(address);
    }
}
