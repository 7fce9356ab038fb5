package org.sanayan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    private String html(String md) {
        return markdown.render(md, Markdown.Links.KEEP).html().value();
    }

    /** What a browser would run: a live tag, an event handler attribute, or a script URL in an attribute. */
    private static void assertInert(String html, String input) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), input + " -> " + html);
        assertFalse(lower.contains("<img src=x"), input + " -> " + html);
        assertFalse(lower.matches("(?s).*<[a-z][^>]*\\son[a-z]+\\s*=.*"), input + " -> " + html);
        assertFalse(lower.matches("(?s).*(href|src)=\"\\s*(javascript|vbscript|data):.*"), input + " -> " + html);
        assertFalse(lower.contains("<iframe"), input + " -> " + html);
        assertFalse(lower.contains("<svg"), input + " -> " + html);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Text <script>alert(1)</script> inline",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=x OnErRoR=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div onclick=\"alert(1)\">x</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](<java script:alert(1)>)",
        "[x](java\tscript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
        "![x](javascript:alert(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "[x](\u0000javascript:alert(1))",
        "[x](%6a%61%76%61%73%63%72%69%70%74:alert(1))",
        "```html\n<script>alert(1)</script>\n```",
        "<!-- <script>alert(1)</script> -->",
        "<style>body{display:none}</style>",
        "[<img src=x onerror=alert(1)>](https://ok.example)",
    })
    void nothing_from_the_xss_corpus_reaches_the_output_live(String input) {
        assertInert(html(input), input);
    }

    @Test
    void raw_html_is_shown_as_text() {
        assertEquals("<p>&lt;b&gt;bold&lt;/b&gt;</p>\n", html("<b>bold</b>"));
        assertTrue(html("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void a_dropped_link_keeps_its_text_and_a_dropped_image_its_alt_text() {
        assertEquals("<p>click <em>here</em></p>\n", html("[click *here*](javascript:alert(1))"));
        assertEquals("<p>a cat</p>\n", html("![a cat](data:image/png;base64,AAAA)"));
    }

    @ParameterizedTest(name = "{0} is safe: {1}")
    @CsvSource({
        "https://example.com, true", "http://example.com, true", "mailto:a@example.com, true", "tel:+63123, true",
        "../02-x/01-y.md, true", "#anchor, true", "/courses/x, true", "page?x=a:b, true",
        "javascript:alert(1), false", "JAVASCRIPT:x, false", "' javascript:x', false", "vbscript:x, false",
        "data:text/html, false", "file:///etc/passwd, false", "jav\tascript:x, false", "ftp://x, false"})
    void only_web_mail_phone_and_relative_urls_are_safe(String url, boolean safe) {
        assertEquals(safe, Markdown.isSafeUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "> **Tip:** keep notes|callout-tip",
        "> **Note:** keep notes|callout-note",
        "> **Paalala:** tandaan|callout-note",
        "> **Warning:** careful|callout-warning",
        "> **Babala:** ingat|callout-warning",
        "> **Example:** a shop|callout-example",
        "> **Halimbawa:** isang tindahan|callout-example",
        "> **Exercise:** try it|callout-exercise",
        "> **Pagsasanay:** subukan|callout-exercise"})
    void callouts_are_styled_in_both_languages(String md, String cssClass) {
        assertTrue(html(md).startsWith("<blockquote class=\"callout " + cssClass + "\">"), html(md));
    }

    @Test
    void a_plain_quote_or_a_bold_word_without_colon_is_no_callout() {
        assertEquals("<blockquote>\n<p>Just a quote</p>\n</blockquote>\n", html("> Just a quote"));
        assertFalse(html("> **Tip** no colon").contains("callout"));
        assertFalse(html("> **Unknown:** label").contains("callout"));
    }

    @Test
    void tables_autolinks_and_heading_anchors_work() {
        String out = html("## Engagement rate\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee https://example.com now.");
        assertTrue(out.contains("<h2 id=\"engagement-rate\">Engagement rate</h2>"), out);
        assertTrue(out.contains("<table>"), out);
        assertTrue(out.contains("<a rel=\"nofollow\" href=\"https://example.com\">https://example.com</a>"), out);
    }

    @Test
    void only_links_to_other_sites_are_marked_nofollow() {
        String out = html("[a](/courses/c/glossary#reach) [b](#top) [c](next) [d](https://example.com) [e](//cdn.example)");
        assertTrue(out.contains("<a href=\"/courses/c/glossary#reach\">a</a>"), out);
        assertTrue(out.contains("<a href=\"#top\">b</a>"), out);
        assertTrue(out.contains("<a href=\"next\">c</a>"), out);
        assertTrue(out.contains("<a rel=\"nofollow\" href=\"https://example.com\">d</a>"), out);
        assertTrue(out.contains("<a rel=\"nofollow\" href=\"//cdn.example\">e</a>"), out);
    }

    @Test
    void words_are_counted_from_the_text_not_the_markup() {
        Markdown.Result r = markdown.render("## Two words\n\n- one *two* [three](https://x.example)\n", Markdown.Links.KEEP);
        assertEquals(5, r.words());
    }

    @Test
    void links_are_resolved_through_the_given_policy_with_their_line() {
        int[] line = {0};
        Markdown.Result r = markdown.render("Intro\n\nSee [next](02-next.md).", (dest, image, l) -> {
            line[0] = l;
            return java.util.Optional.of("/courses/c/m/next");
        });
        assertEquals(3, line[0]);
        assertTrue(r.html().value().contains("href=\"/courses/c/m/next\""));
    }
}
