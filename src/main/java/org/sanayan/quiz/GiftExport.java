package org.sanayan.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanayan.content.FrontMatter;
import org.sanayan.content.Markdown;
import org.sanayan.content.Numbers;
import org.sanayan.content.Problem;
import org.sanayan.content.Question;
import org.sanayan.content.QuizParser;

/**
 * Writes a quiz file of ours as GIFT, for Moodle. Texts go out as {@code [markdown]} (what they are), with GIFT's
 * special characters escaped; multiple answers carry explicit weights, {@code +100/k} for each right choice and
 * {@code -100/k} for each wrong one, which is our grading rule in Moodle's terms. What GIFT cannot hold (ordering
 * questions, the introduction, the settings) is reported with its line. A pure function: text in, text out.
 */
public final class GiftExport {

    /** Something of the quiz that was not exported, or was exported with a change. */
    public record Report(int line, String message) {
    }

    /**
     * @param problems the quiz's problems as {@code validate} reports them; with an error nothing is exported
     */
    public record Result(String gift, int exported, List<Report> reports, List<Problem> problems) {
        public Result {
            reports = List.copyOf(reports);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private static final Pattern FEEDBACK = Pattern.compile("[ \\t]+>\\s?(.*)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The numbers of right choices whose share, 100/k percent, is one of the grades Moodle accepts. */
    private static final Set<Integer> MOODLE_SHARES = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20);
    private static final List<List<String>> TRUE_FALSE = List.of(
            GiftImport.trueFalseLabels("en"), GiftImport.trueFalseLabels("fil"));

    private GiftExport() {
    }

    /**
     * Exports one quiz file.
     *
     * @param file        its name, for messages and the header comment
     * @param translation true for a {@code .quiz.<locale>.md} file (no front matter)
     */
    public static Result export(String source, String file, boolean translation) {
        String src = source.startsWith("\uFEFF") ? source.substring(1) : source;
        List<Problem> problems = new ArrayList<>();
        QuizParser.ParsedFile parsed = new QuizParser(new Markdown()).parse(src, file, translation,
                QuizParser.FileLinks.KEEP, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Result("", 0, List.of(), problems);
        }
        Lines lines = new Lines(src.split("\r?\n", -1));
        List<Question> questions = parsed.text().questions();
        List<Report> reports = new ArrayList<>();
        FrontMatter fm = FrontMatter.parse(src);
        if (!translation && !fm.keys().isEmpty()) {
            reports.add(new Report(fm.lineOf(fm.keys().get(0)), "the settings (" + String.join(", ", fm.keys())
                    + ") are not exported: GIFT holds questions only; set them on the Moodle quiz"));
        }
        int introEnd = questions.isEmpty() ? lines.count() : questions.get(0).line() - 1;
        for (int l = fm.bodyLine(); l <= introEnd; l++) {
            if (!lines.at(l).isBlank()) {
                reports.add(new Report(l, "the introduction is not exported: GIFT has no place for it"));
                break;
            }
        }
        StringBuilder out = new StringBuilder("// ").append(file.replaceAll("[\r\n]", " "))
                .append(", exported by Sanayan\n");
        int exported = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            int end = i + 1 < questions.size() ? questions.get(i + 1).line() - 1 : lines.count();
            try {
                String gift = question(q, lines, end, reports);
                out.append('\n').append(gift);
                exported++;
            } catch (Skip s) {
                reports.add(new Report(q.line(), "not exported: " + s.getMessage()));
            }
        }
        reports.sort(java.util.Comparator.comparingInt(Report::line));
        return new Result(out.toString(), exported, reports, problems);
    }

    private static final class Skip extends RuntimeException {
        Skip(String message) {
            super(message, null, false, false);
        }
    }

    /** The file's lines by their 1-based number. */
    private record Lines(String[] all) {
        String at(int line) {
            return line >= 1 && line <= all.length ? all[line - 1] : "";
        }

        int count() {
            return all.length;
        }
    }

    /** One question's Markdown pieces, read back from its lines (the parsed model keeps them only as HTML). */
    private static final class Section {
        final Lines lines;
        final int heading;
        final int explanationStart;
        final int end;
        final List<Integer> itemLines;

        Section(Lines lines, int heading, int end, List<Integer> itemLines) {
            this.lines = lines;
            this.heading = heading;
            this.itemLines = itemLines;
            int stop = end;
            while (stop > heading && lines.at(stop).isBlank()) {
                stop--;
            }
            // as the parser reads it (0-based there): the lines after the heading, up to the last non-blank one
            this.explanationStart = QuizParser.explanationStart(lines.all(), heading, stop) + 1;
            this.end = stop;
        }

        String body() {
            int first = itemLines.stream().min(Integer::compare).orElse(explanationStart);
            return join(heading + 1, first - 1, l -> l).strip();
        }

        Optional<String> explanation() {
            String e = join(explanationStart, end, l -> l.replaceFirst("^> ?", "")).strip();
            return e.isEmpty() ? Optional.empty() : Optional.of(e);
        }

        /** The feedback under the item on {@code line}: its indented {@code >} lines, up to the next item. */
        Optional<String> feedback(int line) {
            int next = explanationStart;
            for (int l : itemLines) {
                if (l > line && l < next) {
                    next = l;
                }
            }
            List<String> out = new ArrayList<>();
            for (int l = line + 1; l < next; l++) {
                Matcher m = FEEDBACK.matcher(lines.at(l));
                if (m.matches()) {
                    out.add(m.group(1));
                }
            }
            String f = String.join("\n", out).strip();
            return f.isEmpty() ? Optional.empty() : Optional.of(f);
        }

        private String join(int from, int to, java.util.function.UnaryOperator<String> f) {
            StringBuilder sb = new StringBuilder();
            for (int l = from; l <= to; l++) {
                sb.append(f.apply(lines.at(l))).append('\n');
            }
            return sb.toString();
        }
    }

    private static String question(Question q, Lines lines, int end, List<Report> reports) {
        Question.Answers a = q.answers();
        if (a instanceof Question.Ordering) {
            throw new Skip("ordering question: GIFT has no question type for putting items in order");
        }
        Section s = new Section(lines, q.line(), end, itemLines(a));
        StringBuilder g = new StringBuilder("[markdown]");
        String text = q.titleText() + (s.body().isEmpty() ? "" : "\n\n" + s.body());
        g.append(lineBroken(escape(text)));
        if (a instanceof Question.SingleChoice sc && isTrueFalse(sc.choices())) {
            Question.Choice truth = sc.choices().get(0);
            Question.Choice lie = sc.choices().get(1);
            boolean value = truth.right();
            Optional<String> right = s.feedback((value ? truth : lie).line());
            Optional<String> wrong = s.feedback((value ? lie : truth).line());
            g.append('{').append(value ? "TRUE" : "FALSE");
            if (wrong.isPresent() || right.isPresent()) {
                g.append('#').append(wrong.map(GiftExport::oneLine).orElse(""));
            }
            right.ifPresent(r -> g.append('#').append(oneLine(r)));
            s.explanation().ifPresent(e -> g.append("####").append(oneLine(e)));
            return g.append("}\n").toString();
        }
        if (a instanceof Question.Numeric n && n.ranges().size() == 1) {
            Question.NumericRange r = n.ranges().get(0);
            g.append("{#").append(number(r.source()));
            s.feedback(r.line()).ifPresent(f -> g.append('#').append(oneLine(f)));
            s.explanation().ifPresent(e -> g.append("####").append(oneLine(e)));
            return g.append("}\n").toString();
        }
        g.append(a instanceof Question.Numeric ? "{#\n" : "{\n");
        if (a instanceof Question.SingleChoice sc) {
            for (Question.Choice c : sc.choices()) {
                // Moodle reads no weight after '=' in a list of choices, and one after '~'
                answer(g, c.right() ? "=" : "~", !c.right(), c.text(), s.feedback(c.line()));
            }
        } else if (a instanceof Question.MultipleAnswer ma) {
            long k = ma.choices().stream().filter(Question.Choice::right).count();
            String share = GiftImport.percent(HUNDRED.divide(BigDecimal.valueOf(k), 10, RoundingMode.HALF_UP));
            if (!MOODLE_SHARES.contains((int) k)) {
                reports.add(new Report(q.line(), "changed: " + k + " right choices weigh " + share + "% each, a "
                        + "grade Moodle does not offer: its import may refuse or round it"));
            }
            for (Question.Choice c : ma.choices()) {
                answer(g, "~%" + (c.right() ? "" : "-") + share + "%", false, c.text(), s.feedback(c.line()));
            }
        } else if (a instanceof Question.ShortAnswer sa) {
            for (Question.Accepted x : sa.accepted()) {
                if (x.text().contains("->")) {
                    throw new Skip("the accepted answer '" + x.text() + "' holds '->', which GIFT reads as a "
                            + "matching pair");
                }
                if (x.text().contains("*")) {
                    reports.add(new Report(x.line(), "changed: '*' in the accepted answer '" + x.text() + "' is a "
                            + "wildcard in Moodle, which then accepts any text in its place; Sanayan accepts only "
                            + "the exact text"));
                }
                // GIFT reads '=' with '->' as matching; "-\>" is the same text in Markdown
                answer(g, "=", true, x.text().replaceAll("\\s+", " "),
                        s.feedback(x.line()).map(f -> f.replace("->", "-\\>")));
            }
        } else if (a instanceof Question.Numeric n) {
            for (Question.NumericRange r : n.ranges()) {
                g.append('\t').append('=').append(number(r.source()));
                s.feedback(r.line()).ifPresent(f -> g.append('#').append(oneLine(f)));
                g.append('\n');
            }
        } else if (a instanceof Question.Matching m) {
            for (Question.Pair p : m.pairs()) {
                if (p.left().text().contains("->")) {
                    throw new Skip("the left side '" + p.left().text() + "' holds '->', which GIFT reads as the "
                            + "arrow of the pair");
                }
                g.append("\t=").append(text(p.left().text())).append(" -> ").append(text(p.right().text()))
                        .append('\n');
            }
        }
        s.explanation().ifPresent(e -> g.append("\t####").append(oneLine(e)).append('\n'));
        return g.append("}\n").toString();
    }

    private static List<Integer> itemLines(Question.Answers a) {
        if (a instanceof Question.SingleChoice sc) {
            return sc.choices().stream().map(Question.Choice::line).toList();
        }
        if (a instanceof Question.MultipleAnswer ma) {
            return ma.choices().stream().map(Question.Choice::line).toList();
        }
        if (a instanceof Question.ShortAnswer sa) {
            return sa.accepted().stream().map(Question.Accepted::line).toList();
        }
        if (a instanceof Question.Numeric n) {
            return n.ranges().stream().map(Question.NumericRange::line).toList();
        }
        if (a instanceof Question.Matching m) {
            return m.pairs().stream().map(p -> p.left().line()).toList();
        }
        return ((Question.Ordering) a).items().stream().map(Question.Item::line).toList();
    }

    /** Two choices named True and False (or Tama and Mali), in that order: GIFT's own true/false question. */
    private static boolean isTrueFalse(List<Question.Choice> choices) {
        return choices.size() == 2 && TRUE_FALSE.contains(List.of(choices.get(0).text(), choices.get(1).text()));
    }

    /** What Moodle takes for a weight at an answer's start: its own rule, and the one our reader follows. */
    private static final Pattern MOODLE_WEIGHT = Pattern.compile("%-*[0-9]{1,2}\\.?[0-9]*%.*", Pattern.DOTALL);

    /**
     * One answer line. {@code weighs}: GIFT reads a weight right after this marker, so a text that starts like one
     * ("%50% off") gets the answer's own weight written before it, and stays text.
     */
    private static void answer(StringBuilder g, String marker, boolean weighs, String text,
                               Optional<String> feedback) {
        boolean looksWeighted = MOODLE_WEIGHT.matcher(text).matches() || GiftReader.WEIGHT.matcher(text).lookingAt();
        String weight = weighs && looksWeighted ? (marker.equals("=") ? "%100%" : "%0%") : "";
        g.append('\t').append(marker).append(weight).append(text(text));
        feedback.ifPresent(f -> g.append('#').append(oneLine(f)));
        g.append('\n');
    }

    /** A numeric answer in GIFT's terms: {@code 7.5}, {@code 7.5:0.1} or {@code 7.4..7.6}, with a decimal point. */
    static String number(String src) {
        int pm = src.indexOf('±');
        int pmLength = 1;
        if (pm < 0) {
            pm = src.indexOf("+-");
            pmLength = 2;
        }
        if (pm >= 0) {
            return plain(src.substring(0, pm)) + ":" + plain(src.substring(pm + pmLength));
        }
        int dots = src.indexOf("..");
        if (dots >= 0) {
            return plain(src.substring(0, dots)) + ".." + plain(src.substring(dots + 2));
        }
        return plain(src);
    }

    private static String plain(String number) {
        return Numbers.parse(number).orElseThrow().toPlainString();
    }

    private static final Pattern FORMAT_MARKER = Pattern.compile("\\[(?:html|moodle|plain|markdown)].*",
            Pattern.DOTALL);

    /**
     * An answer's or a feedback's text: escaped, and behind an explicit {@code [markdown]} when it starts with
     * something GIFT would take for its own format marker.
     */
    private static String text(String text) {
        return (FORMAT_MARKER.matcher(text).matches() ? "[markdown]" : "") + escape(text);
    }

    /** GIFT's special characters made literal. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("~=#{}:\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Feedback and explanations stay on their answer's line: every line break becomes GIFT's {@code \n}. */
    private static String oneLine(String markdown) {
        return text(markdown).replace("\n", "\\n");
    }

    /**
     * The question text keeps its lines, except where a line break would end the question (a blank line) or
     * start a comment ({@code //}) or a category: there GIFT's {@code \n} stands for it.
     */
    private static String lineBroken(String escaped) {
        String[] lines = escaped.split("\n", -1);
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String next = lines[i].strip();
            boolean unsafe = next.isEmpty() || next.startsWith("//") || next.startsWith("$CATEGORY:");
            sb.append(unsafe ? "\\n" : "\n").append(lines[i]);
        }
        return sb.toString();
    }
}
