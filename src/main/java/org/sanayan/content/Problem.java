package org.sanayan.content;

/**
 * One thing wrong (or doubtful) in a content folder, reported as {@code path:line: severity: message}.
 *
 * @param file path of the file, relative to the content root, with '/' separators
 * @param line 1-based line in that file (1 when the problem concerns the whole file)
 */
public record Problem(String file, int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, int line, String message) {
        return new Problem(file, Math.max(1, line), Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, Math.max(1, line), Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line an editor or CI log understands, with {@code prefix} (the content root as given) before the path. */
    public String format(String prefix) {
        String path = prefix.isEmpty() ? file : prefix.replaceAll("/+$", "") + "/" + file;
        return path + ":" + line + ": " + (isError() ? "error" : "warning") + ": " + message;
    }
}
