package org.sanayan.web;

import io.javalin.http.Context;

/** Headers set on every response, errors and assets included (OWASP ASVS V14.4). */
public final class SecurityHeaders {

    public static final String CSP =
            "default-src 'self'; img-src 'self'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
