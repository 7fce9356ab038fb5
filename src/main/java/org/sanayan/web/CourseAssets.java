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
import java.util.Map;
import java.util.function.Supplier;
import org.sanayan.content.Catalog;
import org.sanayan.content.Course;

/**
 * Serves a course's files at {@code /courses/<course>/assets/<path>}. Only files the loader listed as assets
 * (inside the course folder, not Markdown, not through a symlink out) can be served: the path is a key in that
 * list, never a path on disk, so no spelling of {@code ..} reaches another file.
 */
public final class CourseAssets {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"), Map.entry("vtt", "text/vtt; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("json", "application/json"));
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
            ctx.contentType(contentType(file));
            ctx.result(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFoundResponse("error.404.text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
