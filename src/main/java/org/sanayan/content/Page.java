package org.sanayan.content;

/** One language version of a content file: its front-matter title and summary and its rendered body. */
public record Page(String title, String summary, Html body, int words) {

    /** Reading time at 200 words a minute, never less than one minute. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(words / 200.0));
    }
}
