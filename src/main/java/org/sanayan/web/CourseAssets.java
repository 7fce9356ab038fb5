package org.sanayan.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.sanayan.content.Catalog;
import org.sanayan.content.Course;

/**
 * Serves a course's files at {@code /courses/<course>/assets/<path>}. Only files the loader listed as assets
 * (inside the course folder, not Markdown, not through a symlink out) can be served: the path is a key in that
 * list, never a path on disk, so no spelling of {@code ..} reaches another file.
 */
public final class CourseAssets {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Supplier<Catalog> catalog;

    public CourseAssets(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    public void register(RoutesConfig routes) {
        routes.get("/courses/{course}/assets/<path>", this::serve);
    }

    void serve(Context ctx) {
        Course course = catalog.get().course(ctx.pathParam("course"))
                .orElseThrow(() -> new NotFoundResponse("error.404.course"));
        Path file = course.assets().get(ctx.pathParam("path"));
        if (file == null) {
            throw new NotFoundResponse("error.404.text");
        }
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
            ctx.header("ETag", etag);
            ctx.header("Last-Modified", HTTP_DATE.format(Instant.ofEpochMilli(modified)));
            ctx.header("Cache-Control", "public, max-age=86400");
            if (etag.equals(ctx.header("If-None-Match"))) {
                ctx.status(304);
                return;
            }
            // streamed, with Range support: a phone can seek in a video without fetching all of it
            ctx.writeSeekableStream(Files.newInputStream(file), contentType(file), size);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFoundResponse("error.404.text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType(Path file) {
        return org.sanayan.content.AssetTypes.of(file.getFileName().toString()).orElse("application/octet-stream");
    }
}
