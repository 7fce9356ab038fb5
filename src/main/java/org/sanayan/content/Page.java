package org.sanayan.content;

import java.util.List;

/**
 * One language version of a content file: its front-matter title and summary, its rendered body and the
 * headings in it (with the ids their anchors have), in order.
 */
public record Page(String title, String summary, Html body, int words, List<Markdown.Anchor> headings) {

    public Page {
        headings = List.copyOf(headings);
    }

    /** Reading time at 200 words a minute, never less than one minute. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(words / 200.0));
    }
}
