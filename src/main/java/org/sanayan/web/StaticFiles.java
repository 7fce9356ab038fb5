package org.sanayan.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The site's own stylesheet, read once from the classpath and served under an address that changes with its
 * content, so browsers on slow connections can keep it for a year; and the site's icon.
 */
public final class StaticFiles {

    /** The icon's address: fixed, as the layout names it, so it is kept for a week and then checked. */
    public static final String ICON = "/static/icon.svg";
    private static final String ICON_CACHE = "public, max-age=604800";

    private final byte[] css;
    private final String version;
    private final byte[] icon;
    private final String iconTag;

    public StaticFiles() {
        css = read("/static/app.css");
        version = hash(css);
        icon = read(ICON);
        iconTag = "\"" + hash(icon) + "\"";
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource.substring(1) + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String stylesheetHref() {
        return "/static/app.css?v=" + version;
    }

    public void stylesheet(Context ctx) {
        if (!notModified(ctx, "\"" + version + "\"", "public, max-age=31536000, immutable")) {
            ctx.contentType("text/css; charset=utf-8").result(css);
        }
    }

    /** The site's icon (a rounded square with an S), which the layout links as {@code <link rel="icon">}. */
    public void icon(Context ctx) {
        if (!notModified(ctx, iconTag, ICON_CACHE)) {
            ctx.contentType("image/svg+xml").result(icon);
        }
    }

    /**
     * Sets the validator and cache lifetime of a file, and answers 304 when the browser already has this version
     * (true: nothing more to send). Shared by the stylesheet, the icon and course assets.
     */
    public static boolean notModified(Context ctx, String etag, String cacheControl) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    /**
     * Browsers ask for /favicon.ico whatever the page links. An empty answer they may keep for a week costs
     * nothing, where the 404 page cost a kilobyte and a cookie on every visit.
     */
    public void favicon(Context ctx) {
        ctx.header("Cache-Control", ICON_CACHE);
        ctx.status(204);
    }
}
