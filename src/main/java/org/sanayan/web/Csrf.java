package org.sanayan.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import org.sanayan.account.CurrentUser;
import org.sanayan.account.Sessions;
import org.sanayan.account.Tokens;

/**
 * CSRF tokens (OWASP ASVS V4.2.2): every state-changing form carries {@code _csrf}. With a session it must equal
 * the session's token; before login (login, sign-up, reset forms) it must equal a pre-session cookie.
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    public static final String COOKIE = "sanayan_csrf";
    private static final String ATTRIBUTE = "sanayan.csrfCookie";
    private static final java.util.regex.Pattern BROKEN_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private Csrf() {
    }

    /** The token to put in this page's forms (setting the pre-session cookie when there is none). */
    public static String token(Context ctx, boolean secure) {
        var user = Sessions.current(ctx);
        if (user.isPresent()) {
            return user.get().csrf();
        }
        String name = Sessions.hostOnly(COOKIE, secure);
        String existing = ctx.attribute(ATTRIBUTE) != null ? ctx.attribute(ATTRIBUTE) : ctx.cookie(name);
        if (existing != null && existing.length() >= 32 && existing.length() <= 100) {
            return existing;
        }
        String fresh = Tokens.random();
        ctx.attribute(ATTRIBUTE, fresh);
        ctx.cookie(new Cookie(name, fresh, "/", -1, secure, true, null, SameSite.LAX));
        return fresh;
    }

    /**
     * Refuses (403) a state-changing request whose form token is missing or wrong; {@code secure}: the pre-session
     * cookie is the {@code __Host-} one (HTTPS), which no sibling subdomain can plant.
     */
    public static void check(Context ctx, boolean secure) {
        String header = ctx.header("Content-Type"); // the raw header: parsing it can fail on a bogus charset
        String type = header == null ? "" : header.toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new io.javalin.http.BadRequestResponse("error.400.text"); // every form of ours is urlencoded
        }
        String sent;
        boolean broken;
        try {
            // a "%" not followed by two hex digits: the form reader would quietly drop that field
            broken = BROKEN_ESCAPE.matcher(ctx.body()).find();
            sent = ctx.formParam(FIELD);
        } catch (Exception e) {
            // an unknown charset, a broken multipart body...: the form cannot be read at all
            throw new io.javalin.http.BadRequestResponse("error.400.text");
        }
        if (broken) {
            throw new io.javalin.http.BadRequestResponse("error.400.text");
        }
        String expected = Sessions.current(ctx).map(CurrentUser::csrf)
                .orElse(ctx.cookie(Sessions.hostOnly(COOKIE, secure)));
        if (sent == null || expected == null || !Tokens.same(sent, expected)) {
            throw new ForbiddenResponse("error.csrf");
        }
    }
}
