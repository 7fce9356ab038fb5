package org.sanayan.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The one Markdown pipeline: CommonMark with tables and autolinks, heading anchors, callouts, raw HTML shown as
 * text, and our own URL policy (commonmark's {@code sanitizeUrls} lets {@code data:} through). Thread-safe.
 */
public final class Markdown {

    /** Decides what a link or image target becomes. An empty result drops the link (its text stays). */
    @FunctionalInterface
    public interface Links {
        Optional<String> resolve(String destination, boolean image, int bodyLine);

        Links KEEP = (destination, image, line) -> Optional.of(destination);
    }

    public record Anchor(int level, String text, String id, int bodyLine) {
    }

    public record Result(Html html, int words, List<Anchor> headings) {
    }

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f-\\x9f]");
    private static final Map<String, String> CALLOUTS = Map.ofEntries(
            Map.entry("tip", "tip"), Map.entry("note", "note"), Map.entry("paalala", "note"),
            Map.entry("warning", "warning"), Map.entry("babala", "warning"),
            Map.entry("example", "example"), Map.entry("halimbawa", "example"),
            Map.entry("exercise", "exercise"), Map.entry("pagsasanay", "exercise"));

    private final Parser parser;
    private final List<Extension> extensions;

    public Markdown() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        this.extensions = extensions;
        this.parser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    /** A renderer for one document: its attribute provider knows that document's heading ids. */
    private HtmlRenderer renderer(Map<Node, String> headingIds) {
        return HtmlRenderer.builder().extensions(extensions).escapeHtml(true)
                .sanitizeUrls(true).urlSanitizer(new UrlSanitizer() {
                    @Override
                    public String sanitizeLinkUrl(String url) {
                        return isSafeUrl(url) ? url : "";
                    }

                    @Override
                    public String sanitizeImageUrl(String url) {
                        return isSafeUrl(url) ? url : "";
                    }
                }).attributeProviderFactory(ctx -> (node, tag, attrs) -> {
                    if (node instanceof Heading && headingIds.containsKey(node)) {
                        attrs.put("id", headingIds.get(node));
                    } else if (node instanceof BlockQuote quote) {
                        calloutKind(quote).ifPresent(kind -> attrs.put("class", "callout callout-" + kind));
                    } else if (node instanceof Image) {
                        attrs.put("loading", "lazy");
                    } else if (node instanceof Link && isOwnAddress(attrs.getOrDefault("href", ""))) {
                        attrs.remove("rel"); // "nofollow" is for other sites, not the course's own pages
                    }
                }).build();
    }

    /**
     * True for relative URLs and for http, https, mailto and tel. Browsers ignore control characters and
     * whitespace inside a scheme ({@code java\tscript:}), so they are removed before the scheme is read.
     */
    public static boolean isSafeUrl(String url) {
        String s = IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        if (colon < 0) {
            return true;
        }
        for (char c : new char[] {'/', '?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < colon) {
                return true;
            }
        }
        return SAFE_SCHEMES.contains(s.substring(0, colon));
    }

    /** An address on this site: a path, a fragment or a relative address, with no scheme and no other host. */
    static boolean isOwnAddress(String href) {
        return !href.isEmpty() && !href.startsWith("//") && !href.contains(":");
    }

    public Result render(String markdown, Links links) {
        Node doc = parser.parse(markdown);
        rewriteLinks(doc, links);
        Map<Node, String> headingIds = new IdentityHashMap<>();
        List<Anchor> anchors = new ArrayList<>();
        IdGenerator ids = IdGenerator.builder().build();
        int[] words = {0};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = plainText(heading);
                String id = ids.generateId(text);
                headingIds.put(heading, id);
                anchors.add(new Anchor(heading.getLevel(), text, id, lineOf(heading)));
                visitChildren(heading);
            }

            @Override
            public void visit(Text text) {
                words[0] += countWords(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words[0] += countWords(code.getLiteral());
            }
        });
        return new Result(new Html(renderer(headingIds).render(doc)), words[0], List.copyOf(anchors));
    }

    /** Renders one line of Markdown without the paragraph around it (question titles, choices). */
    public Html renderInline(String markdown, Links links) {
        String html = render(markdown, links).html().value().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new Html(html);
    }

    /** The kind of a callout ({@code > **Tip:** ...}) in English or Filipino, if this blockquote is one. */
    static Optional<String> calloutKind(BlockQuote quote) {
        if (quote.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong) {
            String label = plainText(strong).strip();
            if (label.endsWith(":")) {
                return Optional.ofNullable(CALLOUTS.get(
                        label.substring(0, label.length() - 1).strip().toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    private static void rewriteLinks(Node doc, Links links) {
        List<Node> targets = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                targets.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                targets.add(image);
                visitChildren(image);
            }
        });
        for (Node node : targets) {
            boolean image = node instanceof Image;
            String dest = image ? ((Image) node).getDestination() : ((Link) node).getDestination();
            Optional<String> resolved = isSafeUrl(dest) ? links.resolve(dest, image, lineOf(node)) : Optional.empty();
            if (resolved.isPresent()) {
                if (image) {
                    ((Image) node).setDestination(resolved.get());
                } else {
                    ((Link) node).setDestination(resolved.get());
                }
            } else if (image) {
                node.insertBefore(new Text(plainText(node)));
                node.unlink();
            } else {
                Node child = node.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
                node.unlink();
            }
        }
    }

    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }

    /** 1-based line of the node within the Markdown given to {@link #render}. */
    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }

    private static int countWords(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter || (inWord && (s.charAt(i) == '\'' || s.charAt(i) == '-' || s.charAt(i) == '’'));
        }
        return count;
    }
}
