package org.sanayan.account;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sessions in the database (OWASP ASVS V3): a random 256-bit token in an HttpOnly, SameSite=Lax cookie (Secure over
 * https or when configured), only its SHA-256 stored, a new token at every login, 30 days idle and 90 days absolute
 * expiry, and the last-seen time written at most once an hour.
 */
public final class Sessions {

    public static final String COOKIE = "sanayan_session";
    public static final Duration IDLE = Duration.ofDays(30);
    public static final Duration ABSOLUTE = Duration.ofDays(90);
    static final Duration TOUCH_EVERY = Duration.ofHours(1);
    private static final String ATTRIBUTE = "sanayan.user";

    private final SessionRepository sessions;
    private final Clock clock;
    private final boolean secureCookies;
    private final java.util.function.Predicate<Context> https;

    public Sessions(SessionRepository sessions, Clock clock, boolean secureCookies,
                    java.util.function.Predicate<Context> https) {
        this.sessions = sessions;
        this.clock = clock;
        this.secureCookies = secureCookies;
        this.https = https;
    }

    /** Reads the session cookie; sets the current user for this request when the session is alive. */
    public void load(Context ctx) {
        String token = ctx.cookie(cookieName(ctx));
        if (token == null || token.isEmpty() || token.length() > 100) {
            return;
        }
        String hash = Tokens.sha256(token);
        Optional<SessionRepository.Row> row = sessions.find(hash);
        if (row.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        SessionRepository.Row r = row.get();
        if (!r.user().active() || r.lastSeenAt().plus(IDLE).isBefore(now) || r.createdAt().plus(ABSOLUTE).isBefore(now)) {
            sessions.delete(hash);
            clearCookie(ctx);
            return;
        }
        if (r.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            sessions.touch(hash, now);
        }
        ctx.attribute(ATTRIBUTE, new CurrentUser(r.user(), hash, r.csrf(), r.admin()));
    }

    /** Starts a session for {@code userId} with a new token, ending the one this browser had. */
    public void start(Context ctx, long userId) {
        current(ctx).ifPresent(u -> sessions.delete(u.tokenHash()));
        String token = Tokens.random();
        sessions.create(Tokens.sha256(token), userId, Tokens.random(), clock.instant());
        ctx.cookie(new Cookie(cookieName(ctx), token, "/", (int) ABSOLUTE.toSeconds(), secure(ctx), true, null,
                SameSite.LAX));
        ctx.attribute(ATTRIBUTE, null);
    }

    public void end(Context ctx) {
        current(ctx).ifPresent(u -> sessions.delete(u.tokenHash()));
        ctx.attribute(ATTRIBUTE, null);
        clearCookie(ctx);
    }

    public static Optional<CurrentUser> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The current user, or a {@link LoginRequired} that sends the browser to the login page. */
    public static CurrentUser require(Context ctx) {
        return current(ctx).orElseThrow(LoginRequired::new);
    }

    public boolean secure(Context ctx) {
        return secureCookies || https.test(ctx);
    }

    /**
     * The session cookie's name: over HTTPS with the {@code __Host-} prefix, which browsers accept only from this
     * very host, Secure, with path / and no domain, so a sibling subdomain cannot plant or overwrite it.
     */
    public String cookieName(Context ctx) {
        return hostOnly(COOKIE, secure(ctx));
    }

    /** {@code name}, prefixed with {@code __Host-} when the cookie is Secure. */
    public static String hostOnly(String name, boolean secure) {
        return secure ? "__Host-" + name : name;
    }

    private void clearCookie(Context ctx) {
        ctx.cookie(new Cookie(cookieName(ctx), "", "/", 0, secure(ctx), true, null, SameSite.LAX));
    }
}
