package org.sanayan.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each message as a file in {@code $SANAYAN_DATA/outbox/}, for a single-machine install without a mail
 * server and for tests. The log says that a message was written, not what it says (it holds a one-time link).
 */
public final class OutboxMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMailer.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

    public OutboxMailer(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    @Override
    public void forget(String address) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String first = Files.readAllLines(f, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                if (first.equalsIgnoreCase("To: " + address)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not clean the outbox: {}", e.getMessage());
        }
    }

    @Override
    public void send(Mail mail) {
        try {
            org.sanayan.db.PrivateFiles.directory(dir);
            // time, then a counter (messages within one millisecond keep their order), then a random part
            Path file = dir.resolve(STAMP.format(clock.instant()) + "-" + String.format("%06d",
                    sequence.incrementAndGet()) + "-" + Tokens.random().substring(0, 8) + ".eml");
            String text = "To: " + mail.to() + "\nSubject: " + mail.subject() + "\nContent-Type: text/plain; "
                    + "charset=UTF-8\n\n" + mail.body() + "\n";
            org.sanayan.db.PrivateFiles.file(file); // it holds live links: only the server's user may read it
            Files.writeString(file, text, StandardCharsets.UTF_8);
            LOG.info("wrote a {} message to {}", mail.purpose(), file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
