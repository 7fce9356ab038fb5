package org.sanayan;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the server, read once from the environment.
 *
 * @param baseUrl    the public address (no trailing slash), used wherever an absolute URL is needed; never taken
 *                   from a request's Host header
 * @param trustProxy take the client address and scheme from X-Forwarded-For / X-Forwarded-Proto
 * @param privacyContact who runs the site and how to reach them and their data protection officer, shown at the
 *                   top of the privacy notice (the Data Privacy Act asks for it)
 */
public record Config(int port, Path dataDir, Path contentDir, boolean dev, String baseUrl, ZoneId timezone,
                     boolean trustProxy, boolean secureCookies, int bcryptCost, Optional<Smtp> smtp,
                     Optional<String> privacyContact) {

    /** Outgoing mail server; without one, messages are written to {@code $SANAYAN_DATA/outbox/}. */
    public record Smtp(String host, int port, String user, String password, String from, boolean startTls) {
    }

    /** A setting that cannot be used; its message names the variable and what is expected. */
    public static final class InvalidConfig extends RuntimeException {
        public InvalidConfig(String message) {
            super(message);
        }
    }

    public static Config fromEnvironment(Map<String, String> env) {
        int port = integer(env, "PORT", 7070, 0, 65535);
        Path data = Path.of(env.getOrDefault("SANAYAN_DATA", "data"));
        Path content = Path.of(env.getOrDefault("SANAYAN_CONTENT", "course-content"));
        boolean dev = flag(env, "SANAYAN_DEV");
        String base = env.getOrDefault("SANAYAN_BASE_URL", "http://localhost:" + (port == 0 ? 7070 : port)).strip();
        if (!base.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new InvalidConfig("SANAYAN_BASE_URL must be an http:// or https:// address, got '" + base + "'");
        }
        base = base.replaceAll("/+$", "");
        ZoneId zone;
        try {
            zone = ZoneId.of(env.getOrDefault("SANAYAN_TIMEZONE", "Asia/Manila"));
        } catch (DateTimeException e) {
            throw new InvalidConfig("SANAYAN_TIMEZONE must be a time zone such as Asia/Manila, got '"
                    + env.get("SANAYAN_TIMEZONE") + "'");
        }
        int cost = integer(env, "SANAYAN_BCRYPT_COST", 12, 4, 31);
        Optional<Smtp> smtp = Optional.empty();
        String host = env.getOrDefault("SANAYAN_SMTP_HOST", "").strip();
        if (!host.isEmpty()) {
            String from = env.getOrDefault("SANAYAN_SMTP_FROM", "").strip();
            if (!from.contains("@")) {
                throw new InvalidConfig("SANAYAN_SMTP_FROM must be the sender's address when SANAYAN_SMTP_HOST is set");
            }
            smtp = Optional.of(new Smtp(host, integer(env, "SANAYAN_SMTP_PORT", 587, 1, 65535),
                    env.getOrDefault("SANAYAN_SMTP_USER", ""), env.getOrDefault("SANAYAN_SMTP_PASSWORD", ""), from,
                    !env.getOrDefault("SANAYAN_SMTP_STARTTLS", "1").strip().equals("0")));
        }
        String contact = env.getOrDefault("SANAYAN_PRIVACY_CONTACT", "").strip();
        if (contact.length() > 1000) {
            throw new InvalidConfig("SANAYAN_PRIVACY_CONTACT must be at most 1000 characters");
        }
        return new Config(port, data, content, dev, base, zone, flag(env, "SANAYAN_TRUST_PROXY"),
                flag(env, "SANAYAN_SECURE_COOKIES"), cost, smtp, contact.isEmpty() ? Optional.empty()
                : Optional.of(contact));
    }

    /** Settings for tests: a given data and content folder, a random port, everything else default. */
    public static Config forTest(Path dataDir, Path contentDir) {
        return new Config(0, dataDir, contentDir, false, "http://localhost:7070", ZoneId.of("Asia/Manila"), false,
                false, 4, Optional.empty(), Optional.empty());
    }

    public Config withTrustProxy(boolean on) {
        return new Config(port, dataDir, contentDir, dev, baseUrl, timezone, on, secureCookies, bcryptCost, smtp,
                privacyContact);
    }

    public Config withSecureCookies(boolean on) {
        return new Config(port, dataDir, contentDir, dev, baseUrl, timezone, trustProxy, on, bcryptCost, smtp,
                privacyContact);
    }

    public Config withPrivacyContact(String contact) {
        return new Config(port, dataDir, contentDir, dev, baseUrl, timezone, trustProxy, secureCookies, bcryptCost,
                smtp, Optional.of(contact));
    }

    public Path outboxDir() {
        return dataDir.resolve("outbox");
    }

    public Path databaseFile() {
        return dataDir.resolve("sanayan.db");
    }

    private static int integer(Map<String, String> env, String name, int dflt, int min, int max) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.strip());
            if (i < min || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new InvalidConfig(name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
        }
    }

    private static boolean flag(Map<String, String> env, String name) {
        String v = env.getOrDefault(name, "").strip().toLowerCase();
        return v.equals("1") || v.equals("true") || v.equals("yes") || v.equals("on");
    }
}
