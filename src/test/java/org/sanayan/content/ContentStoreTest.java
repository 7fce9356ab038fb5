package org.sanayan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private String title() {
        return store.catalog().lesson("c", "m", "a").orElseThrow().text().english().title();
    }

    private ContentStore store;

    @Test
    void a_change_is_picked_up_and_a_broken_change_keeps_the_last_good_content() throws Exception {
        write("c/course.md", "---\ntitle: C\nsummary: S\n---\n");
        write("c/01-m/module.md", "---\ntitle: M\n---\n");
        write("c/01-m/01-a.md", "---\ntitle: First\n---\nText.\n");
        store = ContentStore.open(root).store();
        try {
            store.watch(50);
            write("c/01-m/01-a.md", "---\ntitle: Second\n---\nText changed.\n");
            waitFor(() -> title().equals("Second"));

            write("c/01-m/01-a.md", "---\ntitle: Third\nbogus: true\n---\n");
            List<Problem> problems = store.reload();
            assertTrue(problems.stream().anyMatch(Problem::isError));
            assertEquals("Second", title(), "the last good content stays");

            write("c/01-m/01-a.md", "---\ntitle: Fourth\n---\n");
            waitFor(() -> title().equals("Fourth"));
        } finally {
            store.close();
        }
    }

    @Test
    void the_fingerprint_changes_when_a_file_is_added() throws Exception {
        write("c/course.md", "x");
        long before = ContentStore.fingerprint(root);
        write("c/new.png", "y");
        assertFalse(before == ContentStore.fingerprint(root));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
