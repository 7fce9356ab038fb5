package org.sanayan.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
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
            ctx.header("Last-Modified", HTTP_DATE.format(Instant.ofEpochMilli(modified)));
            if (StaticFiles.notModified(ctx, etag, "public, max-age=86400")) {
                return;
            }
            ctx.header("Accept-Ranges", "bytes");
            ctx.contentType(contentType(file));
            Range range = Range.parse(ctx.header("Range"), size);
            String ifRange = ctx.header("If-Range");
            if (range == null || (ifRange != null && !ifRange.equals(etag))) {
                if (!compressible(ctx.contentType())) {
                    // a known length lets a phone show download progress; compression would change it
                    ctx.disableCompression();
                    ctx.header("Content-Length", Long.toString(size));
                }
                ctx.result(Files.newInputStream(file));
            } else if (range == Range.UNSATISFIABLE) {
                ctx.status(416).header("Content-Range", "bytes */" + size).result("");
            } else {
                // one part of the file: a phone can seek in a video, or resume a PDF, without fetching all of it
                ctx.disableCompression();
                ctx.status(206).header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
                ctx.header("Content-Length", Long.toString(range.length()));
                InputStream in = Files.newInputStream(file);
                in.skipNBytes(range.first());
                ctx.result(new BoundedInputStream(in, range.length()));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFoundResponse("error.404.text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One byte range of a file of a known size, first and last byte inclusive. */
    record Range(long first, long last) {
        static final Range UNSATISFIABLE = new Range(-1, -1);

        long length() {
            return last - first + 1;
        }

        /**
         * Reads a {@code Range} header: one {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}. Returns null for
         * no header, several ranges or a malformed one (the whole file is sent, which HTTP allows), and
         * {@link #UNSATISFIABLE} for a range wholly past the end.
         */
        static Range parse(String header, long size) {
            if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
                return null;
            }
            String spec = header.substring("bytes=".length()).strip();
            int dash = spec.indexOf('-');
            if (dash < 0 || !spec.substring(0, dash).chars().allMatch(Character::isDigit)
                    || !spec.substring(dash + 1).chars().allMatch(Character::isDigit) || spec.length() == 1) {
                return null;
            }
            String a = spec.substring(0, dash);
            String b = spec.substring(dash + 1);
            if (a.length() > 18 || b.length() > 18) {
                return null;
            }
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                return suffix == 0 || size == 0 ? UNSATISFIABLE : new Range(Math.max(0, size - suffix), size - 1);
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (first >= size) {
                return UNSATISFIABLE;
            }
            return last < first ? null : new Range(first, last);
        }
    }

    /** Reads at most {@code left} bytes of another stream. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buf, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    private static boolean compressible(String type) {
        return type != null && (type.startsWith("text/") || type.startsWith("image/svg"));
    }

    static String contentType(Path file) {
        return org.sanayan.content.AssetTypes.of(file.getFileName().toString()).orElse("application/octet-stream");
    }
}
