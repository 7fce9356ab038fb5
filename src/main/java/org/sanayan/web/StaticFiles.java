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
 * content, so browsers on slow connections can keep it for a year.
 */
public final class StaticFiles {

    private final byte[] css;
    private final String version;

    public StaticFiles() {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/static/app.css")) {
            if (in == null) {
                throw new IllegalStateException("static/app.css is missing from the classpath");
            }
            css = in.readAllBytes();
            version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(css)).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String stylesheetHref() {
        return "/static/app.css?v=" + version;
    }

    public void stylesheet(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.header("ETag", "\"" + version + "\"");
        if (("\"" + version + "\"").equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("text/css; charset=utf-8");
        ctx.result(css);
    }
}
