package org.sanayan.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT format (the plain-text question format Moodle imports and exports) into GIFT questions,
 * each with the file line it starts on. It knows GIFT only; what Sanayan makes of a question is
 * {@link GiftImport}'s job. What it cannot read is an {@link Unreadable} item with its line, never an exception.
 *
 * <p>The format, as Moodle documents it: questions are separated by blank lines; lines starting with {@code //}
 * are comments and {@code $CATEGORY:} lines choose a question bank category (both ignored here); a question is
 * an optional {@code ::title::}, an optional text format ({@code [html]}, {@code [moodle]}, {@code [plain]},
 * {@code [markdown]}), its text and one answer block in braces; {@code \~ \= \# \{ \} \: \\} are the literal
 * characters and {@code \n} a line break.
 */
public final class GiftReader {

    /** The text formats GIFT names in square brackets. Without one, question text is Moodle auto-format. */
    public enum Format {
        MOODLE, HTML, PLAIN, MARKDOWN;

        static Optional<Format> named(String name) {
            for (Format f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Some text of a question, its escapes resolved. For {@link Format#MARKDOWN} the value keeps its lines as
     * written; for the other formats, where a line break in the file is only a wrapped line, the lines are
     * joined with spaces and {@code '\n'} marks each {@code \n} written in the file (a real line break).
     */
    public record Text(String value, Format format) {
        public boolean isBlank() {
            return value.isBlank();
        }
    }

    /** One item of the file: a question or a piece that could not be read. */
    public sealed interface Item permits Question, Unreadable {
        int line();
    }

    /**
     * @param line            the file line the question starts on (its title, or its text)
     * @param text            the text before the answer block (with its format)
     * @param after           the text after the answer block, when there is some: Moodle's missing-word form
     * @param generalFeedback what follows {@code ####} in the answer block
     */
    public record Question(int line, Optional<String> title, Text text, Optional<Text> after, Answers answers,
                           Optional<Text> generalFeedback) implements Item {
    }

    /**
     * @param giftAnswers whether its first '{' opens answers as GIFT writes them ({@code =}, {@code ~} or
     *                    {@code #} right after it): then it was meant as a GIFT question, not code or data
     */
    public record Unreadable(int line, String message, boolean giftAnswers) implements Item {
    }

    /** The answer block; its form decides the Moodle question type. */
    public sealed interface Answers permits Description, Essay, Choices, TrueFalse, ShortAnswers, Numerical, Pairs {
    }

    /** No answer block at all: Moodle's "description", text shown between questions. */
    public record Description() implements Answers {
    }

    /** An empty block, {@code {}}. */
    public record Essay() implements Answers {
    }

    /**
     * An answer of a choice or short-answer question.
     *
     * @param marker '=' (right) or '~' (wrong)
     * @param weight the {@code %n%} written after the marker, if any
     */
    public record Answer(char marker, Optional<BigDecimal> weight, Text text, Optional<Text> feedback, int line) {
        /** The weight in percent: as written, else 100 for '=' and 0 for '~'. */
        public BigDecimal percent() {
            return weight.orElse(marker == '=' ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
        }
    }

    /** A block with '~': one right answer when some answer starts with '=', several (by weight) otherwise. */
    public record Choices(List<Answer> answers) implements Answers {
        public Choices {
            answers = List.copyOf(answers);
        }

        public boolean single() {
            return answers.stream().anyMatch(a -> a.marker() == '=');
        }
    }

    /** {@code {T}}, {@code {FALSE#feedback if wrong#feedback if right}}. */
    public record TrueFalse(boolean value, Optional<Text> wrongFeedback, Optional<Text> rightFeedback)
            implements Answers {
    }

    public record ShortAnswers(List<Answer> answers) implements Answers {
        public ShortAnswers {
            answers = List.copyOf(answers);
        }
    }

    /** A number with a tolerance ({@code 7.5:0.1}, or {@code 1822} for none) or a range ({@code 7.4..7.6}). */
    public sealed interface Value permits Exact, Range {
    }

    public record Exact(BigDecimal value, BigDecimal tolerance) implements Value {
    }

    public record Range(BigDecimal low, BigDecimal high) implements Value {
    }

    /**
     * An answer of a numerical question; a '~' answer has no value: its feedback is for any other answer.
     */
    public record NumericAnswer(char marker, Optional<BigDecimal> weight, Optional<Value> value,
                                Optional<Text> feedback, int line) {
        public BigDecimal percent() {
            return weight.orElse(marker == '=' ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
        }
    }

    /** A block starting with '#'. */
    public record Numerical(List<NumericAnswer> answers) implements Answers {
        public Numerical {
            answers = List.copyOf(answers);
        }
    }

    /** {@code =left -> right}; a blank left side is a distractor (an extra right side). */
    public record Pair(Text left, Text right, Optional<Text> feedback, int line) {
    }

    public record Pairs(List<Pair> pairs) implements Answers {
        public Pairs {
            pairs = List.copyOf(pairs);
        }
    }

    private GiftReader() {
    }

    /** Reads a whole GIFT file, in file order. */
    public static List<Item> read(String gift) {
        String src = gift.startsWith("\uFEFF") ? gift.substring(1) : gift;
        String[] lines = src.split("\r\n|\r|\n", -1);
        List<Item> items = new ArrayList<>();
        List<Integer> chunk = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.startsWith("$CATEGORY:")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!chunk.isEmpty()) {
                    items.add(question(Chars.of(lines, chunk)));
                    chunk.clear();
                }
                continue;
            }
            chunk.add(i);
        }
        return items;
    }

    /** Thrown inside the reader for a question it cannot read; becomes an {@link Unreadable}. */
    private static final class Fail extends RuntimeException {
        final int line;

        Fail(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private static Item question(Chars all) {
        int startLine = all.lineAt(0);
        try {
            int pos = all.skipSpace(0);
            Optional<String> title = Optional.empty();
            if (all.find("::", pos) == pos) {
                int end = all.find("::", pos + 2);
                if (end < 0) {
                    throw new Fail(all.lineAt(pos), "the title '::' is never closed with '::' (write \\: for a "
                            + "colon)");
                }
                title = Optional.of(all.slice(pos + 2, end).plain());
                pos = end + 2;
            }
            int open = all.find("{", pos);
            int close = all.find("}", pos);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new Fail(all.lineAt(close), "'}' without '{' (write \\} for a brace in the text)");
            }
            if (open < 0) {
                Chars text = all.slice(pos, all.length());
                return new Question(startLine, title, text.text(Format.MOODLE), Optional.empty(), new Description(),
                        Optional.empty());
            }
            if (close < 0) {
                throw new Fail(all.lineAt(open), "'{' is never closed with '}' before the blank line that ends "
                        + "the question");
            }
            int inner = all.find("{", open + 1);
            if (inner >= 0 && inner < close) {
                throw new Fail(all.lineAt(inner), "'{' inside the answer block (write \\{ for a brace)");
            }
            if (inner > close) {
                throw new Fail(all.lineAt(inner), "a second answer block: a GIFT question has one {...}");
            }
            int stray = all.find("}", close + 1);
            if (stray >= 0) {
                throw new Fail(all.lineAt(stray), "'}' without '{' (write \\} for a brace in the text)");
            }
            Text text = all.slice(pos, open).text(Format.MOODLE);
            Chars afterChars = all.slice(close + 1, all.length());
            Optional<Text> after = afterChars.isBlank() ? Optional.empty()
                    : Optional.of(afterChars.textIn(text.format()));
            Chars block = all.slice(open + 1, close).strip();
            Optional<Text> general = Optional.empty();
            int hashes = block.find("####", 0);
            if (hashes >= 0) {
                general = Optional.of(block.slice(hashes + 4, block.length()).text(text.format()));
                block = block.slice(0, hashes).strip();
            }
            Answers answers = answers(block, text.format(), all.lineAt(open));
            return new Question(startLine, title, text, after, answers, general);
        } catch (Fail f) {
            int open = all.find("{", 0);
            int first = open < 0 ? all.length() : all.skipSpace(open + 1);
            boolean giftAnswers = all.isPlain(first, '=') || all.isPlain(first, '~') || all.isPlain(first, '#');
            return new Unreadable(f.line, f.getMessage(), giftAnswers);
        }
    }

    private static Answers answers(Chars block, Format format, int openLine) {
        if (block.length() == 0) {
            return new Essay();
        }
        if (block.isPlain(0, '#')) {
            return numerical(block.slice(1, block.length()).strip(), format, openLine);
        }
        if (block.find("~", 0) >= 0) {
            List<Answer> answers = new ArrayList<>();
            for (Segment s : segments(block, "~=", "choice")) {
                // as in Moodle, the right answer of a single choice has no weight: "=%50% off" is its text
                answers.add(answer(s, format, s.marker() == '~'));
            }
            return new Choices(answers);
        }
        if (block.find("=", 0) >= 0 && block.find("->", 0) >= 0) {
            List<Pair> pairs = new ArrayList<>();
            for (Segment s : segments(block, "=", "pair")) {
                Chars body = s.body();
                Optional<Text> feedback = Optional.empty();
                int hash = body.find("#", 0);
                if (hash >= 0) {
                    feedback = Optional.of(body.slice(hash + 1, body.length()).text(format));
                    body = body.slice(0, hash);
                }
                int arrow = body.find("->", 0);
                if (arrow < 0) {
                    throw new Fail(s.line(), "matching item without '->' (write =left -> right)");
                }
                pairs.add(new Pair(body.slice(0, arrow).text(format), body.slice(arrow + 2, body.length()).text(format),
                        feedback, s.line()));
            }
            return new Pairs(pairs);
        }
        int hash = block.find("#", 0);
        String head = (hash < 0 ? block : block.slice(0, hash)).strip().plain();
        if (head.equals("T") || head.equals("TRUE") || head.equals("F") || head.equals("FALSE")) {
            Optional<Text> wrong = Optional.empty();
            Optional<Text> right = Optional.empty();
            if (hash >= 0) {
                Chars rest = block.slice(hash + 1, block.length());
                int second = rest.find("#", 0);
                Chars w = second < 0 ? rest : rest.slice(0, second);
                wrong = w.isBlank() ? Optional.empty() : Optional.of(w.text(format));
                if (second >= 0 && !rest.slice(second + 1, rest.length()).isBlank()) {
                    right = Optional.of(rest.slice(second + 1, rest.length()).text(format));
                }
            }
            return new TrueFalse(head.startsWith("T"), wrong, right);
        }
        List<Answer> answers = new ArrayList<>();
        for (Segment s : segments(block, "=", "answer")) {
            answers.add(answer(s, format, true));
        }
        return new ShortAnswers(answers);
    }

    private static Numerical numerical(Chars block, Format format, int openLine) {
        if (block.length() == 0) {
            throw new Fail(openLine, "numerical answer block '{#}' without a number");
        }
        List<Segment> segments;
        if (block.find("=", 0) >= 0) {
            segments = segments(block, "=~", "numerical answer");
        } else {
            // one answer, perhaps followed by '~' feedback for every other answer: {#3:2 ~#Completely wrong}
            int tilde = block.find("~", 0);
            segments = new ArrayList<>();
            Chars first = tilde < 0 ? block : block.slice(0, tilde);
            segments.add(new Segment('=', first, block.lineAt(0)));
            if (tilde >= 0) {
                segments.addAll(segments(block.slice(tilde, block.length()), "~", "numerical answer"));
            }
        }
        List<NumericAnswer> answers = new ArrayList<>();
        for (Segment s : segments) {
            Chars body = s.body();
            Optional<BigDecimal> weight = Optional.empty();
            if (s.marker() == '=') {
                Weighted w = weight(body);
                weight = w.weight();
                body = w.rest();
            }
            Optional<Text> feedback = Optional.empty();
            int hash = body.find("#", 0);
            if (hash >= 0) {
                feedback = Optional.of(body.slice(hash + 1, body.length()).text(format));
                body = body.slice(0, hash);
            }
            Optional<Value> value = s.marker() == '~' ? Optional.empty() : Optional.of(value(body, s.line()));
            answers.add(new NumericAnswer(s.marker(), weight, value, feedback.filter(f -> !f.isBlank()), s.line()));
        }
        return new Numerical(answers);
    }

    private static Value value(Chars chars, int line) {
        String s = chars.plain().strip();
        if (s.isEmpty()) {
            throw new Fail(line, "numerical answer without a number");
        }
        int dots = s.indexOf("..");
        if (dots >= 0) {
            BigDecimal low = number(s.substring(0, dots), line);
            BigDecimal high = number(s.substring(dots + 2), line);
            if (low.compareTo(high) > 0) {
                throw new Fail(line, "range '" + s + "' goes from high to low");
            }
            return new Range(low, high);
        }
        int colon = chars.find(":", 0);
        if (colon >= 0) {
            BigDecimal tolerance = number(chars.slice(colon + 1, chars.length()).plain(), line);
            if (tolerance.signum() < 0) {
                throw new Fail(line, "negative tolerance in '" + s + "'");
            }
            return new Exact(number(chars.slice(0, colon).plain(), line), tolerance);
        }
        return new Exact(number(s, line), BigDecimal.ZERO);
    }

    private static BigDecimal number(String s, int line) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new Fail(line, "'" + s.strip() + "' is not a number (GIFT numbers use a decimal point: 7.5)");
        }
    }

    private record Weighted(Optional<BigDecimal> weight, Chars rest) {
    }

    /**
     * A weight is what Moodle reads as one: a percent sign, a whole number of up to three digits (with a minus and
     * decimals if need be), a percent sign. Anything else starting with '%' ("%50 off") is the answer's text.
     */
    static final Pattern WEIGHT = Pattern.compile("%(-?[0-9]{1,3}(?:\\.[0-9]+)?)%");

    /** {@code %50%}, {@code %-33.33333%} right after the marker, if there is one. */
    private static Weighted weight(Chars body) {
        int p = body.skipSpace(0);
        Matcher m = WEIGHT.matcher(body.plain()).region(p, body.length());
        if (!m.lookingAt()) {
            return new Weighted(Optional.empty(), body);
        }
        return new Weighted(Optional.of(new BigDecimal(m.group(1))), body.slice(m.end(), body.length()));
    }

    private static Answer answer(Segment s, Format format, boolean weighted) {
        Weighted w = weighted ? weight(s.body()) : new Weighted(Optional.empty(), s.body());
        Chars body = w.rest();
        Optional<Text> feedback = Optional.empty();
        int hash = body.find("#", 0);
        if (hash >= 0) {
            Text f = body.slice(hash + 1, body.length()).text(format);
            feedback = f.isBlank() ? Optional.empty() : Optional.of(f);
            body = body.slice(0, hash);
        }
        return new Answer(s.marker(), w.weight(), body.text(format), feedback, s.line());
    }

    private record Segment(char marker, Chars body, int line) {
    }

    /** Splits a block at every unescaped marker character; text before the first marker is refused. */
    private static List<Segment> segments(Chars block, String markers, String what) {
        List<Segment> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= block.length(); i++) {
            boolean marker = i < block.length() && !block.escaped(i) && markers.indexOf(block.charAt(i)) >= 0;
            if (i == block.length() || marker) {
                if (start < 0) {
                    Chars lead = block.slice(0, i);
                    if (!lead.isBlank()) {
                        throw new Fail(lead.lineAt(lead.skipSpace(0)), what + " without '" + markers.charAt(0)
                                + "' before it: '" + abbreviate(lead.strip().plain()) + "'");
                    }
                } else {
                    out.add(new Segment(block.charAt(start), block.slice(start + 1, i), block.lineAt(start)));
                }
                start = i;
            }
        }
        return out;
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }

    /**
     * Characters of a question with escapes resolved: each keeps whether it was escaped (so a literal '=' never
     * starts an answer) and its file line. A line break in the file is an unescaped '\n', a {@code \n} an
     * escaped one.
     */
    private static final class Chars {
        private final String chars;
        private final boolean[] escaped;
        private final int[] lines;

        private Chars(String chars, boolean[] escaped, int[] lines) {
            this.chars = chars;
            this.escaped = escaped;
            this.lines = lines;
        }

        static Chars of(String[] fileLines, List<Integer> indexes) {
            StringBuilder sb = new StringBuilder();
            List<Boolean> esc = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int k = 0; k < indexes.size(); k++) {
                int idx = indexes.get(k);
                String line = fileLines[idx];
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '\\' && i + 1 < line.length() && "~=#{}:\\n".indexOf(line.charAt(i + 1)) >= 0) {
                        char next = line.charAt(++i);
                        sb.append(next == 'n' ? '\n' : next);
                        esc.add(true);
                    } else {
                        sb.append(c);
                        esc.add(false);
                    }
                    at.add(idx + 1);
                }
                if (k + 1 < indexes.size()) {
                    sb.append('\n');
                    esc.add(false);
                    at.add(idx + 1);
                }
            }
            boolean[] e = new boolean[esc.size()];
            int[] l = new int[at.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = esc.get(i);
                l[i] = at.get(i);
            }
            return new Chars(sb.toString(), e, l);
        }

        int length() {
            return chars.length();
        }

        char charAt(int i) {
            return chars.charAt(i);
        }

        boolean escaped(int i) {
            return escaped[i];
        }

        int lineAt(int i) {
            if (lines.length == 0) {
                return 1;
            }
            return lines[Math.max(0, Math.min(i, lines.length - 1))];
        }

        boolean isPlain(int i, char c) {
            return i < chars.length() && chars.charAt(i) == c && !escaped[i];
        }

        /** The first index at or after {@code from} where {@code token} is written, none of it escaped. */
        int find(String token, int from) {
            outer:
            for (int i = Math.max(0, from); i + token.length() <= chars.length(); i++) {
                for (int j = 0; j < token.length(); j++) {
                    if (!isPlain(i + j, token.charAt(j))) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private boolean space(int i) {
            char c = chars.charAt(i);
            return Character.isWhitespace(c) && (!escaped[i] || c == '\n');
        }

        int skipSpace(int from) {
            int i = from;
            while (i < chars.length() && space(i)) {
                i++;
            }
            return i;
        }

        Chars slice(int from, int to) {
            return new Chars(chars.substring(from, to), java.util.Arrays.copyOfRange(escaped, from, to),
                    java.util.Arrays.copyOfRange(lines, from, to));
        }

        Chars strip() {
            int a = skipSpace(0);
            int b = chars.length();
            while (b > a && space(b - 1)) {
                b--;
            }
            return slice(a, b);
        }

        boolean isBlank() {
            return skipSpace(0) == chars.length();
        }

        /** The characters as written, escapes resolved, line breaks kept. */
        String plain() {
            return chars;
        }

        /** The text with its own {@code [format]} marker if it starts with one, else in {@code dflt}. */
        Text text(Format dflt) {
            Chars s = strip();
            if (s.isPlain(0, '[')) {
                int close = s.chars.indexOf(']');
                if (close > 0) {
                    Optional<Format> f = Format.named(s.chars.substring(1, close));
                    if (f.isPresent()) {
                        return s.slice(close + 1, s.length()).textIn(f.get());
                    }
                }
            }
            return s.textIn(dflt);
        }

        Text textIn(Format format) {
            Chars s = strip();
            if (format == Format.MARKDOWN) {
                return new Text(s.chars, format);
            }
            List<String> paragraphs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.chars.charAt(i);
                if (c == '\n' && s.escaped[i]) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            paragraphs.add(current.toString());
            List<String> kept = new ArrayList<>();
            for (String p : paragraphs) {
                String one = p.replaceAll("\\s+", " ").strip();
                if (!one.isEmpty()) {
                    kept.add(one);
                }
            }
            return new Text(String.join("\n", kept), format);
        }
    }
}
