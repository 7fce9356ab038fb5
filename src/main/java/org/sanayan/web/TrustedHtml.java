package org.sanayan.web;

import gg.jte.Content;
import org.sanayan.content.Html;

/**
 * The one place where HTML is written without escaping: the output of {@link org.sanayan.content.Markdown},
 * which escapes raw HTML and drops unsafe URLs when content loads.
 */
public final class TrustedHtml {

    private TrustedHtml() {
    }

    public static Content of(Html html) {
        String value = html.value();
        return output -> output.writeContent(value);
    }
}
