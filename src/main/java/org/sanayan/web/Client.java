package org.sanayan.web;

import io.javalin.http.Context;
import java.util.Collections;

/**
 * Where a request came from. Behind a reverse proxy (SANAYAN_TRUST_PROXY=1) the proxy's X-Forwarded-For and
 * X-Forwarded-Proto are believed; otherwise they are ignored, since anyone can send them. Only the rightmost
 * X-Forwarded-For entry is believed: a proxy appends the address it saw, and everything to its left was written
 * by the client.
 */
public final class Client {

    private final boolean trustProxy;

    public Client(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    public String ip(Context ctx) {
        if (trustProxy) {
            String last = lastEntry(ctx, "X-Forwarded-For");
            if (last != null) {
                return last;
            }
        }
        return ctx.req().getRemoteAddr();
    }

    public boolean https(Context ctx) {
        if (trustProxy) {
            String proto = lastEntry(ctx, "X-Forwarded-Proto");
            if (proto != null) {
                return proto.equalsIgnoreCase("https");
            }
        }
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    /** The last comma-separated entry of the last such header, or null when there is none. */
    private static String lastEntry(Context ctx, String header) {
        String last = null;
        for (String value : Collections.list(ctx.req().getHeaders(header))) {
            for (String entry : value.split(",")) {
                if (!entry.isBlank()) {
                    last = entry.strip();
                }
            }
        }
        return last;
    }
}
