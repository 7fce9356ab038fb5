package org.sanayan.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanayan.content.Markdown;
import org.sanayan.content.Problem;
import org.sanayan.content.Question;
import org.sanayan.content.QuizParser;
import org.sanayan.quiz.GiftReader.Answer;
import org.sanayan.quiz.GiftReader.Text;

/**
 * Turns a GIFT file (Moodle's question format) into a quiz in Sanayan's format (CONTENT-FORMAT.md), question by
 * question. A question that converts with a change of meaning, and one that cannot be converted, gets a report
 * with its line; nothing is dropped silently. Every converted question is checked with {@link QuizParser}, so the
 * quiz written passes {@code validate}. A pure function: text in, text and reports out.
 */
public final class GiftImport {

    /** One converted question: the GIFT line it started on and its Markdown section ({@code ## ...}). */
    public record Converted(int line, String markdown) {
    }

    /** A question that was not converted, or was converted with a change, and why. */
    public record Report(int line, boolean converted, String message) {
    }

    /**
     * @param isGift   false when the file is not GIFT: no block reads as a question with its answers in braces (a
     *                 JSON, CSS or code file has braces, but not GIFT questions)
     * @param nearMiss when it is not GIFT, the first block that opens its braces with GIFT answers ({=, {~, {#)
     *                 but cannot be read, with why: a GIFT file whose every question is broken shows itself so
     */
    public record Result(List<Converted> questions, List<Report> reports, boolean isGift, Optional<Report> nearMiss) {
        public Result {
            questions = List.copyOf(questions);
            reports = List.copyOf(reports);
        }

        /** The quiz file: the converted questions, a blank line between them. */
        public String markdown() {
            return String.join("\n", questions.stream().map(Converted::markdown).toList());
        }

        public long notConverted() {
            return reports.stream().filter(r -> !r.converted()).count();
        }

        public long changed() {
            return reports.stream().filter(Report::converted).count();
        }
    }

    /** The labels of a true/false question's two choices, in the quiz's language. */
    public static List<String> trueFalseLabels(String lang) {
        return switch (lang) {
            case "en" -> List.of("True", "False");
            case "fil" -> List.of("Tama", "Mali");
            default -> throw new IllegalArgumentException("no true/false labels for '" + lang + "'");
        };
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern HTML_BREAK = Pattern.compile(
            "(?i)<\\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\\b[^>]*>");
    private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern ORDERED = Pattern.compile("(\\d{1,9})([.)])(\\s.*|$)", Pattern.DOTALL);
    private static final Pattern BLOCK_START = Pattern.compile(
            " {0,3}(?:[-+*][ \\t].*|[-+*]|\\d{1,9}[.)](?:[ \\t].*)?|>.*|#{1,6}(?:[ \\t].*)?|```.*|~~~.*|\\|.*|=+[ \\t]*|-+[ \\t]*)");
    private static final Pattern CLOSING_HASHES = Pattern.compile(".*[ \\t]#+");
    private static final Pattern CHOICE_MARK = Pattern.compile("[(\\[][ xX][)\\]](\\s|$)");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");

    private GiftImport() {
    }

    /** A question that cannot be converted; the message says why. */
    private static final class Skip extends RuntimeException {
        Skip(String message) {
            super(message, null, false, false);
        }
    }

    /** A question on its way to Markdown. */
    private static final class Draft {
        final int line;
        String heading = "";
        String body = "";
        final List<String> answers = new ArrayList<>();
        Optional<String> explanation = Optional.empty();
        final Set<String> changes = new LinkedHashSet<>();
        /** The type the answer lines are meant to give; our checker must read them the same way. */
        Question.Type type;

        Draft(int line) {
            this.line = line;
        }

        String markdown() {
            StringBuilder sb = new StringBuilder("## ").append(heading).append('\n');
            if (!body.isBlank()) {
                sb.append('\n').append(body).append('\n');
            }
            sb.append('\n');
            answers.forEach(a -> sb.append(a).append('\n'));
            explanation.ifPresent(e -> sb.append('\n').append(e).append('\n'));
            return sb.toString();
        }
    }

    /**
     * Converts a GIFT file.
     *
     * @param lang the quiz's language, {@code en} or {@code fil}: it names the choices of true/false questions
     */
    public static Result convert(String gift, String lang) {
        List<String> labels = trueFalseLabels(lang);
        QuizParser checker = new QuizParser(new Markdown());
        List<GiftReader.Item> items = GiftReader.read(gift);
        boolean isGift = items.stream().anyMatch(GiftImport::meantAsGift);
        Optional<Report> nearMiss = isGift ? Optional.empty() : items.stream()
                .filter(i -> i instanceof GiftReader.Unreadable u && u.giftAnswers())
                .map(i -> new Report(i.line(), false, ((GiftReader.Unreadable) i).message())).findFirst();
        List<Report> reports = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (GiftReader.Item item : items) {
            if (item instanceof GiftReader.Unreadable u) {
                reports.add(new Report(u.line(), false, "not converted: " + u.message()));
                continue;
            }
            GiftReader.Question q = (GiftReader.Question) item;
            try {
                Draft d = draft(q, labels);
                check(d, checker);
                drafts.add(d);
            } catch (Skip s) {
                reports.add(new Report(q.line(), false, "not converted: " + s.getMessage()));
            }
        }
        renameRepeats(drafts);
        List<Converted> converted = new ArrayList<>();
        for (Draft d : drafts) {
            converted.add(new Converted(d.line, d.markdown()));
            if (!d.changes.isEmpty()) {
                reports.add(new Report(d.line, true, "changed: " + String.join("; ", d.changes)));
            }
        }
        reports.sort(java.util.Comparator.comparingInt(Report::line));
        return new Result(converted, reports, isGift, nearMiss);
    }

    /**
     * Whether a block shows that its file is GIFT: it reads as a question with answers in braces. Braces alone are
     * no sign (JSON, CSS and code have plenty), nor is an empty pair, which ends many lines of code
     * ({@code record Id(long v) {}}): an essay counts when it has a title or asks something.
     */
    private static boolean meantAsGift(GiftReader.Item item) {
        if (!(item instanceof GiftReader.Question q)) {
            return false;
        }
        if (q.answers() instanceof GiftReader.Description) {
            return false;
        }
        if (q.answers() instanceof GiftReader.Essay) {
            return q.title().isPresent() || q.text().value().strip().matches("(?s).*[?.!:]");
        }
        return true;
    }

    // ---- one question -------------------------------------------------------------------------------------------

    private static Draft draft(GiftReader.Question q, List<String> labels) {
        Draft d = new Draft(q.line());
        GiftReader.Answers answers = q.answers();
        if (answers instanceof GiftReader.Description) {
            throw new Skip("no answer block in braces: a Moodle description (text only), not a question");
        }
        if (answers instanceof GiftReader.Essay) {
            throw new Skip("essay question ({}): Sanayan grades every answer itself and has no essay type");
        }
        questionText(q, d);
        if (answers instanceof GiftReader.Choices c && c.single()) {
            singleChoice(c, d);
        } else if (answers instanceof GiftReader.Choices c) {
            multipleAnswer(c, d);
        } else if (answers instanceof GiftReader.TrueFalse tf) {
            trueFalse(tf, labels, d);
        } else if (answers instanceof GiftReader.ShortAnswers s) {
            shortAnswer(s, d);
        } else if (answers instanceof GiftReader.Numerical n) {
            numeric(n, d);
        } else if (answers instanceof GiftReader.Pairs p) {
            matching(p, d);
        }
        q.generalFeedback().map(f -> markdown(f, d)).filter(e -> !e.isBlank()).ifPresent(e -> d.explanation =
                Optional.of(quote(e, "> ", ">")));
        return d;
    }

    private static void questionText(GiftReader.Question q, Draft d) {
        String text = markdown(q.text(), d);
        if (q.after().isPresent()) {
            String after = markdown(q.after().get(), d);
            String joined = text.isBlank() ? "___" : text.stripTrailing() + " ___";
            boolean glued = !after.isEmpty() && ".,;:!?)".indexOf(after.charAt(0)) >= 0;
            text = joined + (glued ? "" : " ") + after.stripLeading();
            d.changes.add("missing word: the text after the answers follows a blank (___) in the question");
        }
        String[] lines = text.strip().split("\n", -1);
        int i = 0;
        StringBuilder heading = new StringBuilder(lines[0].strip());
        // the heading is one line: the first paragraph, its lines joined, up to anything that starts a new block
        while (i + 1 < lines.length && !lines[i + 1].isBlank() && !BLOCK_START.matcher(lines[i + 1]).matches()) {
            i++;
            heading.append(' ').append(lines[i].strip());
        }
        d.heading = heading.toString();
        if (CLOSING_HASHES.matcher(d.heading).matches()) {
            // trailing #s after a space would close the heading, and vanish
            d.heading = d.heading.substring(0, d.heading.length() - 1) + "\\#";
        }
        if (d.heading.isEmpty()) {
            throw new Skip("the question has no text");
        }
        List<String> body = new ArrayList<>();
        boolean fenced = false;
        for (int k = i + 1; k < lines.length; k++) {
            String line = lines[k];
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("## ")) {
                line = "#" + line; // a '## ' line would start a new question
                d.changes.add("a '## ' heading in the question text became '### '");
            }
            body.add(line);
        }
        d.body = String.join("\n", body).strip();
    }

    private static void singleChoice(GiftReader.Choices c, Draft d) {
        d.type = Question.Type.SINGLE_CHOICE;
        List<Answer> full = c.answers().stream().filter(a -> a.percent().compareTo(HUNDRED) == 0).toList();
        if (full.isEmpty()) {
            throw new Skip("no answer gets full credit (100%), so there is no right answer");
        }
        if (full.size() > 1) {
            throw new Skip(full.size() + " answers get full credit: a single choice has exactly one right "
                    + "answer");
        }
        List<String> partial = new ArrayList<>();
        for (Answer a : c.answers()) {
            boolean right = a == full.get(0);
            if (!right && a.percent().signum() != 0) {
                partial.add(quoted(a.text()) + " (" + percent(a.percent()) + "%)");
            }
            choice(d, right ? "- (x) " : "- ( ) ", a);
        }
        if (!partial.isEmpty()) {
            d.changes.add("weights dropped: only " + quoted(full.get(0).text()) + " is right; "
                    + String.join(", ", partial) + (partial.size() == 1 ? " scores" : " score")
                    + " 0 like any wrong answer (Sanayan has no partial credit)");
        }
    }

    private static void multipleAnswer(GiftReader.Choices c, Draft d) {
        d.type = Question.Type.MULTIPLE_ANSWER;
        List<Answer> right = c.answers().stream().filter(a -> a.percent().signum() > 0).toList();
        if (right.isEmpty()) {
            throw new Skip("no choice has a positive weight, so none is right");
        }
        BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(right.size()), 10, RoundingMode.HALF_UP);
        Set<String> rightWeights = new LinkedHashSet<>();
        Set<String> wrongWeights = new LinkedHashSet<>();
        boolean rightDiffer = false;
        boolean freeWrong = false;
        for (Answer a : c.answers()) {
            boolean isRight = a.percent().signum() > 0;
            if (isRight) {
                rightWeights.add(percent(a.percent()) + "%");
                rightDiffer |= !near(a.percent(), share);
            }
            if (!isRight && a.percent().signum() == 0) {
                freeWrong = true;
            } else if (!isRight && !near(a.percent(), share.negate())) {
                wrongWeights.add(percent(a.percent().negate()) + "%");
            }
            choice(d, isRight ? "- [x] " : "- [ ] ", a);
        }
        String each = percent(share) + "%";
        List<String> notes = new ArrayList<>();
        if (rightDiffer) {
            notes.add("right choices weigh " + String.join(", ", rightWeights) + " in Moodle, " + each
                    + " each in Sanayan");
        }
        if (freeWrong) {
            notes.add("wrong choices at 0% are not penalized in Moodle; Sanayan takes off " + each
                    + " for each wrong choice ticked");
        }
        if (!wrongWeights.isEmpty()) {
            notes.add("wrong choices cost " + String.join(", ", wrongWeights) + " in Moodle, " + each
                    + " each in Sanayan");
        }
        if (!notes.isEmpty()) {
            d.changes.add("scored differently: " + String.join("; ", notes));
        }
    }

    private static void choice(Draft d, String marker, Answer a) {
        d.answers.add(marker + inline(a.text(), d));
        a.feedback().ifPresent(f -> feedback(f, d));
    }

    /** Feedback lines under the answer just added; none when the text is empty (say, only HTML tags). */
    private static void feedback(Text f, Draft d) {
        String md = markdown(f, d);
        if (!md.isBlank()) {
            d.answers.add(quote(md, "  > ", "  >"));
        }
    }

    private static void trueFalse(GiftReader.TrueFalse tf, List<String> labels, Draft d) {
        d.type = Question.Type.SINGLE_CHOICE;
        // GIFT gives the feedback for a wrong answer first, then the one for the right answer
        Optional<Text> onTrue = tf.value() ? tf.rightFeedback() : tf.wrongFeedback();
        Optional<Text> onFalse = tf.value() ? tf.wrongFeedback() : tf.rightFeedback();
        d.answers.add((tf.value() ? "- (x) " : "- ( ) ") + labels.get(0));
        onTrue.ifPresent(f -> feedback(f, d));
        d.answers.add((tf.value() ? "- ( ) " : "- (x) ") + labels.get(1));
        onFalse.ifPresent(f -> feedback(f, d));
    }

    private static void shortAnswer(GiftReader.ShortAnswers s, Draft d) {
        d.type = Question.Type.SHORT_ANSWER;
        List<String> dropped = new ArrayList<>();
        boolean kept = false;
        for (Answer a : s.answers()) {
            String text = a.text().value().replaceAll("\\s+", " ").strip();
            if (a.percent().compareTo(HUNDRED) != 0) {
                dropped.add((text.equals("*") ? "the catch-all '*'" : "'" + GiftReader.abbreviate(text) + "'")
                        + " (" + percent(a.percent()) + "%)");
                continue;
            }
            if (text.contains("*")) {
                d.changes.add("'*' is a wildcard in Moodle; Sanayan accepts only the exact text '"
                        + GiftReader.abbreviate(text) + "'");
            }
            kept = true;
            d.answers.add("= " + text);
            a.feedback().ifPresent(f -> feedback(f, d));
        }
        if (!kept) {
            throw new Skip("no answer gets full credit (100%), so no answer would be accepted");
        }
        if (!dropped.isEmpty()) {
            d.changes.add("answers with partial or no credit dropped: " + String.join(", ", dropped));
        }
    }

    private static void numeric(GiftReader.Numerical n, Draft d) {
        d.type = Question.Type.NUMERIC;
        List<String> dropped = new ArrayList<>();
        boolean wrongFeedback = false;
        boolean kept = false;
        for (GiftReader.NumericAnswer a : n.answers()) {
            if (a.value().isEmpty()) {
                wrongFeedback = true;
                continue;
            }
            String value = value(a.value().get());
            if (a.percent().compareTo(HUNDRED) != 0) {
                dropped.add(value + " (" + percent(a.percent()) + "%)");
                continue;
            }
            kept = true;
            d.answers.add("= " + value);
            a.feedback().ifPresent(f -> feedback(f, d));
        }
        if (!kept) {
            throw new Skip("no numerical answer gets full credit (100%)");
        }
        if (!dropped.isEmpty()) {
            d.changes.add("answers with partial credit dropped: " + String.join(", ", dropped));
        }
        if (wrongFeedback) {
            d.changes.add("the '~' feedback for wrong answers dropped: Sanayan gives feedback on accepted "
                    + "answers only");
        }
    }

    private static String value(GiftReader.Value v) {
        if (v instanceof GiftReader.Range r) {
            return r.low().toPlainString() + ".." + r.high().toPlainString();
        }
        GiftReader.Exact e = (GiftReader.Exact) v;
        return e.tolerance().signum() == 0 ? e.value().toPlainString()
                : e.value().toPlainString() + " ± " + e.tolerance().toPlainString();
    }

    private static void matching(GiftReader.Pairs p, Draft d) {
        d.type = Question.Type.MATCHING;
        List<String> extra = new ArrayList<>();
        boolean feedback = false;
        for (GiftReader.Pair pair : p.pairs()) {
            feedback |= pair.feedback().filter(f -> !f.isBlank()).isPresent();
            if (pair.left().isBlank()) {
                extra.add(quoted(pair.right()));
                continue;
            }
            String left = inline(pair.left(), d);
            if (CHOICE_MARK.matcher(left).lookingAt()) {
                left = "\\" + left; // "- (x) a -> b" would be a choice
            }
            d.answers.add("- " + left + " -> " + inline(pair.right(), d));
        }
        if (!extra.isEmpty()) {
            d.changes.add("the extra right side " + String.join(", ", extra) + " (no left side) dropped: "
                    + "Sanayan offers only the right sides of the pairs");
        }
        if (feedback) {
            d.changes.add("feedback on matching pairs dropped: Sanayan has none (the explanation is shown instead)");
        }
    }

    /** Runs our own checker on the question alone: what it refuses is reported, never written. */
    private static void check(Draft d, QuizParser checker) {
        Question q = parse(d, checker);
        if (d.type == Question.Type.SHORT_ANSWER && q.type() == Question.Type.NUMERIC) {
            // written as the numbers they are (1. and 2,000 as 1 and 2000), so that export gives them back as is
            d.answers.replaceAll(a -> a.startsWith("= ") ? "= " + canonicalNumber(a.substring(2)) : a);
            d.type = Question.Type.NUMERIC;
            q = parse(d, checker);
            d.changes.add("every accepted answer is a number, so Sanayan grades it as a numeric question (a "
                    + "learner's 4.0 matches 4)");
        }
        long items = d.answers.stream().filter(a -> !a.startsWith(" ")).count();
        if (q.type() != d.type || q.answers().size() != items) {
            throw new Skip("Sanayan's checker reads the result as another question (" + q.type().words() + " with "
                    + q.answers().size() + " answer(s)): its text looks like answers");
        }
    }

    private static Question parse(Draft d, QuizParser checker) {
        List<Problem> problems = new ArrayList<>();
        var parsed = checker.parse(d.markdown(), "gift", false, QuizParser.FileLinks.KEEP, problems);
        Optional<Problem> error = problems.stream().filter(Problem::isError).findFirst();
        if (error.isPresent()) {
            throw new Skip("Sanayan's checker refuses the result: " + error.get().message());
        }
        if (parsed.text().questions().size() != 1) {
            throw new Skip("Sanayan's checker reads the result as " + parsed.text().questions().size()
                    + " questions");
        }
        return parsed.text().questions().get(0);
    }

    /** A number, tolerance or range in our syntax, written as export will give it back. */
    private static String canonicalNumber(String text) {
        String gift = GiftExport.number(text);
        int colon = gift.indexOf(':');
        if (colon < 0) {
            return gift;
        }
        boolean exact = new BigDecimal(gift.substring(colon + 1)).signum() == 0;
        return gift.substring(0, colon) + (exact ? "" : " ± " + gift.substring(colon + 1));
    }

    /**
     * Sanayan refuses two questions with the same text: the later ones get " (2)", " (3)"..., never a text that
     * another question has of its own.
     */
    private static void renameRepeats(List<Draft> drafts) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Draft d : drafts) {
            firstLine.putIfAbsent(key(d.heading, d.body), d.line);
        }
        Set<String> taken = new java.util.HashSet<>(firstLine.keySet());
        for (Draft d : drafts) {
            int first = firstLine.get(key(d.heading, d.body));
            if (first == d.line) {
                continue;
            }
            int n = 2;
            while (taken.contains(key(d.heading + " (" + n + ")", d.body))) {
                n++;
            }
            d.heading = d.heading + " (" + n + ")";
            taken.add(key(d.heading, d.body));
            d.changes.add("same question text as on line " + first + ": ' (" + n + ")' added, as Sanayan refuses "
                    + "repeated questions");
        }
    }

    private static String key(String heading, String body) {
        return QuizParser.normalize(heading + "\n" + body);
    }

    // ---- text ------------------------------------------------------------------------------------------------------

    /** The text as Markdown: kept for [markdown], written as literal text for the other formats. */
    private static String markdown(Text t, Draft d) {
        String value = t.value();
        if (t.format() == GiftReader.Format.MARKDOWN) {
            return value;
        }
        if (t.format() == GiftReader.Format.HTML) {
            String broken = HTML_BREAK.matcher(value).replaceAll("\n");
            String stripped = HTML_TAG.matcher(broken).replaceAll("");
            if (!stripped.equals(value)) {
                d.changes.add("HTML tags removed from the text");
            }
            value = decodeEntities(stripped);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : value.split("\n")) {
            String one = p.replaceAll("\\s+", " ").strip();
            if (!one.isEmpty()) {
                paragraphs.add(escape(one));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** One line of Markdown, for a choice or a side of a pair. */
    private static String inline(Text t, Draft d) {
        return markdown(t, d).replaceAll("\\s*\n\\s*", " ").strip();
    }

    private static String quote(String markdown, String prefix, String blank) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.strip().split("\n", -1)) {
            out.add(line.isBlank() ? blank : prefix + line);
        }
        return String.join("\n", out);
    }

    /** Literal text as Markdown that shows exactly that text: the characters Markdown would read are escaped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        int last = text.length() - 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean esc = switch (c) {
                case '\\', '`', '*', '[', ']' -> true;
                case '_' -> !(i > 0 && i < last && Character.isLetterOrDigit(text.charAt(i - 1))
                        && Character.isLetterOrDigit(text.charAt(i + 1)));
                case '<' -> i < last && (Character.isLetter(text.charAt(i + 1)) || "/!?".indexOf(text.charAt(i + 1)) >= 0);
                case '&' -> ENTITY.matcher(text).region(i, text.length()).lookingAt();
                case '#' -> i == last && CLOSING_HASHES.matcher(text).matches(); // "## Press #" would lose it
                default -> false;
            };
            if (esc) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String s = sb.toString();
        if (s.isEmpty()) {
            return s;
        }
        Matcher ordered = ORDERED.matcher(s);
        if (ordered.matches()) {
            return ordered.group(1) + "\\" + ordered.group(2) + ordered.group(3);
        }
        if ("#>-+=~|".indexOf(s.charAt(0)) >= 0 || s.matches("\\([ xX]\\).*")) {
            return "\\" + s;
        }
        return s;
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String repl = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    if (!name.startsWith("#")) {
                        yield m.group(); // a named entity we do not know stays as written
                    }
                    boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                    int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                    yield Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : m.group();
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(repl));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String quoted(Text t) {
        return "'" + GiftReader.abbreviate(t.value()) + "'";
    }

    private static boolean near(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(new BigDecimal("0.001")) < 0;
    }

    /** A weight as Moodle writes it: at most 5 decimals ({@code 33.33333}), no trailing zeros. */
    static String percent(BigDecimal p) {
        BigDecimal r = p.setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }
}
