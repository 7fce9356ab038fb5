package org.sanayan.content;

/**
 * HTML produced by {@link Markdown} from content files: raw HTML escaped, unsafe URLs dropped. It is the only
 * HTML the web layer writes unescaped.
 */
public record Html(String value) {
    public static final Html EMPTY = new Html("");
}
