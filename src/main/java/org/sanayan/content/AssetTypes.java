package org.sanayan.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of file a course may publish, by extension, with their content types. Anything else in a course folder
 * (a draft, an editor's backup of a quiz such as {@code x.quiz.md~}) is never served: validate warns about it.
 */
public final class AssetTypes {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"), Map.entry("vtt", "text/vtt; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"));

    private AssetTypes() {
    }

    /** The content type of a publishable file, or empty when files like this are not served. */
    public static Optional<String> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.contains(".md")) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(name.substring(dot + 1)));
    }
}
