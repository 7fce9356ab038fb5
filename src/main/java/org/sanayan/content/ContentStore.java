package org.sanayan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current catalog. In development mode it checks the content folder every second and reloads when a
 * file changed; a reload with errors keeps the last good catalog and logs the problems.
 */
public final class ContentStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentStore.class);

    private final Path root;
    private final ContentLoader loader = new ContentLoader();
    private final AtomicReference<Catalog> current;
    private volatile Thread watcher;
    private volatile long fingerprint;

    private ContentStore(Path root, Catalog catalog) {
        this.root = root;
        this.current = new AtomicReference<>(catalog);
        this.fingerprint = fingerprint(root);
    }

    /** Loads {@code root}; the result's problems tell the caller whether it may serve it. */
    public static Loaded open(Path root) {
        ContentLoader.Result result = new ContentLoader().load(root);
        return new Loaded(new ContentStore(root, result.catalog()), result);
    }

    public record Loaded(ContentStore store, ContentLoader.Result result) {
    }

    /** A store over a catalog built elsewhere (tests). */
    public static ContentStore of(Path root, Catalog catalog) {
        return new ContentStore(root, catalog);
    }

    public Catalog catalog() {
        return current.get();
    }

    /** Reloads now; returns the problems found. The catalog changes only when there was no error. */
    public List<Problem> reload() {
        ContentLoader.Result result = loader.load(root);
        if (result.hasErrors()) {
            LOG.warn("content reload failed; still serving the last good content");
            result.problems().forEach(p -> LOG.warn(p.format(root.toString())));
        } else {
            current.set(result.catalog());
            LOG.info("content reloaded: {} courses, {} lessons", result.stats().courses(), result.stats().lessons());
        }
        return result.problems();
    }

    /** Starts checking the folder for changes every {@code intervalMillis} (development mode). */
    public synchronized void watch(long intervalMillis) {
        if (watcher != null) {
            return;
        }
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
                long now = fingerprint(root);
                if (now != fingerprint) {
                    fingerprint = now;
                    reload();
                }
            }
        }, "content-watcher");
        t.setDaemon(true);
        t.start();
        watcher = t;
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.interrupt();
            watcher = null;
        }
    }

    /** A number that changes when any file under {@code root} is added, removed, resized or touched. */
    static long fingerprint(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.mapToLong(p -> {
                try {
                    return p.toString().hashCode() * 31L + Files.getLastModifiedTime(p).toMillis() * 17L
                            + Files.size(p);
                } catch (IOException e) {
                    return p.toString().hashCode();
                }
            }).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
