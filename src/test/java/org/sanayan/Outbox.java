package org.sanayan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the messages the app wrote to {@code <data>/outbox/} (no mail server in tests). */
public final class Outbox {

    private final Path dir;

    public Outbox(Path dataDir) {
        this.dir = dataDir.resolve("outbox");
    }

    public List<String> messages() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> to(String address) {
        return messages().stream().filter(m -> m.startsWith("To: " + address + "\n")).toList();
    }

    /** The path and query of the last link in the newest message to {@code address} with {@code path}. */
    public String lastLink(String address, String path) {
        List<String> mine = to(address);
        if (mine.isEmpty()) {
            throw new AssertionError("no message to " + address);
        }
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
                .matcher(mine.get(mine.size() - 1));
        if (!m.find()) {
            throw new AssertionError("no " + path + " link in: " + mine.get(mine.size() - 1));
        }
        return m.group(1);
    }
}
