package org.sanayan.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a page in the reader's language: known HTTP errors to their status, anything else to 500
 * with a request id (the stack trace goes to the log, never to the browser).
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REQUEST_ID = "sanayan.requestId";
    private static final String RENDERED = "sanayan.errorRendered";

    private final Views views;

    public ErrorPages(Views views) {
        this.views = views;
    }

    public void register(RoutesConfig routes) {
        routes.exception(org.sanayan.account.LoginRequired.class, (e, ctx) -> {
            String next = ctx.method().name().equals("GET") ? ctx.path()
                    + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/me";
            ctx.redirect("/login" + Forms.nextQuery(next),
                    io.javalin.http.HttpStatus.FOUND);
        });
        routes.exception(org.sanayan.account.Throttled.class, (e, ctx) -> {
            long minutes = Math.max(1, (e.retryAfter().toSeconds() + 59) / 60);
            ctx.header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
            show(ctx, 429, null, views.messages(ctx).t("error.429.retry", minutes));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> show(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} {} failed", requestId(ctx), ctx.method(), ctx.path(), e);
            show(ctx, 500, null);
        });
        for (int status : new int[] {400, 403, 404, 405, 409, 413, 429, 500}) {
            routes.error(status, ctx -> {
                if (ctx.attribute(RENDERED) == null && (ctx.result() == null || ctx.result().isEmpty())) {
                    show(ctx, status, null);
                }
            });
        }
    }

    /** Gives every request an id, so a reader can quote it and an operator can find it in the log. */
    public static void assignRequestId(Context ctx) {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        ctx.attribute(REQUEST_ID, HexFormat.of().formatHex(b));
    }

    public static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "-" : id;
    }

    private void show(Context ctx, int status, String detail) {
        show(ctx, status, detail, null);
    }

    private void show(Context ctx, int status, String detail, String text) {
        Messages t = views.messages(ctx);
        String key = "error.csrf".equals(detail) ? "error.csrf" : switch (status) {
            case 400, 403, 404, 405, 409, 413, 429 -> "error." + status;
            default -> status >= 500 ? "error.500" : "error.400";
        };
        String message = t.t(key + ".text");
        // Handlers may throw with a message key of ours ("error.*"); other messages are Javalin's, not shown.
        if (detail != null && !detail.equals("error.csrf") && (detail.startsWith("error.")
                || detail.startsWith("admin.") || detail.startsWith("quiz.") || detail.startsWith("progress."))) {
            message = t.t(detail);
        }
        if (text != null) {
            message = text;
        }
        Chrome chrome = views.chrome(ctx, t.t(key + ".title"), List.of());
        ctx.status(status);
        ctx.attribute(RENDERED, true);
        views.render(ctx, "error.jte", new ErrorPage(chrome, status, t.t(key + ".title"), message,
                status >= 500 ? requestId(ctx) : null));
    }
}
