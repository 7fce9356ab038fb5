package org.sanayan.account;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.sanayan.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends mail over SMTP (angus-mail) with the SANAYAN_SMTP_* settings. */
public final class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final Session session;
    private final String from;

    public SmtpMailer(Config.Smtp smtp) {
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.port()));
        p.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        Authenticator auth = null;
        if (!smtp.user().isEmpty()) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(smtp.user(), smtp.password());
                }
            };
        }
        this.session = Session.getInstance(p, auth);
        this.from = smtp.from();
    }

    @Override
    public void send(Mail mail) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(from));
            if (!Emails.plausible(mail.to())) {
                // never hand the mail library an address it would write out byte by byte into SMTP commands
                throw new IllegalArgumentException("refusing to send to an address that is not plain ASCII");
            }
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().strip(), true));
            m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            m.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(m);
            LOG.info("sent a {} message over SMTP", mail.purpose());
        } catch (MessagingException e) {
            throw new IllegalStateException("could not send a " + mail.purpose() + " message: " + e.getMessage(), e);
        }
    }
}
