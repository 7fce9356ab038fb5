package org.sanayan.web;

import io.javalin.http.Context;

/** Headers set on every response, errors and assets included (OWASP ASVS V14.4). */
public final class SecurityHeaders {

    public static final String CSP =
            "default-src 'self'; img-src 'self'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    /** @param https the request came over HTTPS (or the site says it is only served so): browsers then keep to it */
    public static void apply(Context ctx, boolean https) {
        ctx.header("Content-Security-Policy", CSP);
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
