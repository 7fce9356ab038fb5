package org.sanayan.learning;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests of other packages copy fixtures the way the progress tests do. */
public final class ProgressTestSupport {
    private ProgressTestSupport() {
    }

    public static void copy(Path from, Path to) throws IOException {
        ProgressTest.copy(from, to);
    }
}
