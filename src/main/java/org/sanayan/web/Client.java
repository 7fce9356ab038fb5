package org.sanayan.web;

import io.javalin.http.Context;

/**
 * Where a request came from. Behind a reverse proxy (SANAYAN_TRUST_PROXY=1) the proxy's X-Forwarded-For and
 * X-Forwarded-Proto are believed; otherwise they are ignored, since anyone can send them.
 */
public final class Client {

    private final boolean trustProxy;

    public Client(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    public String ip(Context ctx) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return ctx.req().getRemoteAddr();
    }

    public boolean https(Context ctx) {
        if (trustProxy) {
            String proto = ctx.header("X-Forwarded-Proto");
            if (proto != null && !proto.isBlank()) {
                return proto.split(",")[0].strip().equalsIgnoreCase("https");
            }
        }
        return "https".equalsIgnoreCase(ctx.scheme());
    }
}
