package org.sanayan.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quiz files ({@code x.quiz.md}, {@code exam.quiz.md} and translations) as CONTENT-FORMAT.md says: each
 * {@code ##} heading starts a question; the answer block, its feedback lines and the explanation are read from
 * the source lines (a Markdown parser knows nothing of {@code ( )}, {@code [x]} or {@code =} lines); the rest is
 * Markdown. Every rule that can be broken is reported as a {@link Problem} with its line.
 */
public final class QuizParser {

    /** Resolves a link or image target written on file line {@code fileLine}; empty drops it. */
    @FunctionalInterface
    public interface FileLinks {
        Optional<String> resolve(String destination, boolean image, int fileLine);

        FileLinks KEEP = (d, i, l) -> Optional.of(d);
    }

    /** One language file, parsed. Settings are only read from the English file. */
    public record ParsedFile(Quiz.Settings settings, Quiz.QuizText text, String source) {
    }

    static final Set<String> SETTING_KEYS = Set.of("pass", "attempts", "shuffle", "pick", "reveal");

    // as in CommonMark, trailing #s close the heading only after a space: "## What is C#" keeps its "#"
    private static final Pattern HEADING = Pattern.compile("## +(.*?)(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    private static final Pattern CHOICE = Pattern.compile("- ([(\\[])([ xX])([)\\]])(?:\\s+(.*)|\\s*)");
    private static final Pattern EQUALS = Pattern.compile("=(?:\\s+(.*)|\\s*)");
    private static final Pattern ORDER = Pattern.compile("\\d{1,3}\\.(?:\\s+(.*)|\\s*)");
    private static final Pattern MATCH = Pattern.compile("- (.*?) -> (.*)");
    private static final Pattern PLAIN_ITEM = Pattern.compile("- (.*)");
    private static final Pattern FEEDBACK = Pattern.compile("[ \\t]+>\\s?(.*)");

    private enum Family { CHOICE, EQUALS, ORDER, MATCH }

    private final Markdown markdown;

    public QuizParser(Markdown markdown) {
        this.markdown = markdown;
    }

    /**
     * Parses one quiz file.
     *
     * @param file        its path as reported in problems
     * @param translation true for {@code .quiz.<locale>.md}: front matter is refused
     */
    public ParsedFile parse(String source, String file, boolean translation, FileLinks links,
                            List<Problem> problems) {
        FrontMatter fm = FrontMatter.parse(source);
        fm.error().ifPresent(e -> problems.add(Problem.error(file, e.line(), e.message())));
        Quiz.Settings settings = translation ? Quiz.Settings.DEFAULT : settings(fm, file, problems);
        if (translation) {
            for (String key : fm.keys()) {
                problems.add(Problem.error(file, fm.lineOf(key), "'" + key + "': a quiz translation has no front "
                        + "matter; settings come from the English quiz"));
            }
        }
        String[] lines = fm.body().split("\r?\n", -1);
        int base = fm.bodyLine();

        List<Integer> headings = new ArrayList<>();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).matches()) {
                inFence = !inFence;
            } else if (!inFence && HEADING.matcher(lines[i]).matches()) {
                headings.add(i);
            }
        }
        int introEnd = headings.isEmpty() ? lines.length : headings.get(0);
        Html intro = render(join(lines, 0, introEnd), base, links);

        List<Question> questions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int h = 0; h < headings.size(); h++) {
            int start = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1) : lines.length;
            Optional<Section> section = question(lines, start, end, base, file, links, problems);
            if (section.isEmpty()) {
                continue;
            }
            // the question asked (heading and text), not its answers: two questions asking the same thing with
            // other choices would read as one question to a learner
            Question q = section.get().question();
            Integer first = seen.putIfAbsent(normalize(section.get().asked()), q.line());
            if (first != null) {
                problems.add(Problem.error(file, q.line(), "the same question as on line " + first
                        + ": every question must ask something different (its heading and text, before the "
                        + "answers)"));
            }
            questions.add(q);
        }
        if (headings.isEmpty()) {
            problems.add(Problem.error(file, base, "no questions: each question starts with a '## ' heading"));
        }
        if (!translation && settings.pick() > questions.size()) {
            problems.add(Problem.error(file, fm.lineOf("pick"), "'pick' is " + settings.pick() + " but the quiz has "
                    + "only " + questions.size() + " question(s)"));
        }
        return new ParsedFile(settings, new Quiz.QuizText(intro, questions), source);
    }

    /**
     * Joins the language files of one quiz, checks that every translation has the English structure (count,
     * order, types, right positions) and computes the version hash over all files.
     */
    public static Quiz combine(String id, Map<String, ParsedFile> byLocale, Map<String, String> fileNames,
                               List<Problem> problems) {
        ParsedFile en = byLocale.get(Translations.DEFAULT);
        Map<String, Quiz.QuizText> texts = new TreeMap<>();
        byLocale.forEach((locale, f) -> texts.put(locale, f.text()));
        for (Map.Entry<String, ParsedFile> e : byLocale.entrySet()) {
            if (!e.getKey().equals(Translations.DEFAULT)) {
                compareStructure(en.text(), e.getValue().text(), fileNames.get(e.getKey()), problems);
            }
        }
        return new Quiz(id, en.settings(), new Translations<>(texts), hash(id, byLocale));
    }

    /** The version: SHA-256 over the quiz's identity and every language file (two copies of one text differ). */
    static String hash(String id, Map<String, ParsedFile> byLocale) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((id + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, ParsedFile> e : new TreeMap<>(byLocale).entrySet()) {
                sha.update((e.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(e.getValue().source().getBytes(StandardCharsets.UTF_8));
                sha.update(new byte[] {0});
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- one question ---------------------------------------------------------------------------------------

    /** A parsed question with the Markdown of its title and text, which decide whether two questions repeat. */
    private record Section(Question question, String asked) {
    }

    private Optional<Section> question(String[] lines, int headingIdx, int end, int base, String file,
                                       FileLinks links, List<Problem> problems) {
        int headingLine = base + headingIdx;
        Matcher hm = HEADING.matcher(lines[headingIdx]);
        hm.matches();
        String titleText = hm.group(1).strip();
        if (titleText.isEmpty()) {
            problems.add(Problem.error(file, headingLine, "empty question heading"));
        }
        int from = headingIdx + 1;
        int stop = end;
        while (stop > from && lines[stop - 1].isBlank()) {
            stop--;
        }
        // 1. the explanation: the trailing blockquotes, not indented
        int expStart = explanationStart(lines, from, stop);
        Optional<Html> explanation = Optional.empty();
        if (expStart < stop) {
            StringBuilder sb = new StringBuilder();
            for (int i = expStart; i < stop; i++) {
                sb.append(lines[i].replaceFirst("^> ?", "")).append('\n');
            }
            explanation = Optional.of(render(sb.toString(), base + expStart, links));
        }
        // 2. the answer block: answer lines (of one family), blank lines, feedback and continuation lines
        Family family = null;
        int blockStart = expStart;
        boolean blankSince = false;
        int i = expStart - 1;
        while (i >= from) {
            String line = lines[i];
            if (line.isBlank()) {
                blankSince = true;
                i--;
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                i--; // feedback or a continuation of the item above; belongs to the block if an item is above
                continue;
            }
            Family f = familyOf(line);
            if (f != null && (family == null || f == family)) {
                family = f;
                blockStart = i;
                blankSince = false;
                i--;
                continue;
            }
            if (f == null && PLAIN_ITEM.matcher(line).matches() && (family == null
                    || !blankSince && (family == Family.MATCH || family == Family.CHOICE))) {
                // a list item that lost its marker or its ' -> ': part of the block when answers stand above it
                // (below the last answer it can be nothing else); reported by answers()
                if (family != null) {
                    blockStart = i;
                }
                i--;
                continue;
            }
            if (family == null && lazy(line)) {
                i--; // text after the answers: reported on its line by answers(), if answers stand above it
                continue;
            }
            if (family != null) {
                // a misplaced blockquote or marker-less item between answers must not end the block: the answers
                // above it would become question text, shown to learners before they answer
                int above = skipMisplaced(lines, from, i, family);
                if (above >= from && familyOf(lines[above]) == family) {
                    i = above;
                    continue;
                }
            }
            break;
        }
        if (family == null) {
            problems.add(Problem.error(file, headingLine, "question without an answer block (choices '- ( )' or "
                    + "'- [ ]', '= answer' lines, a numbered list to order, or '- left -> right' pairs)"));
            return Optional.empty();
        }
        // feedback written as a plain blockquote right under an answer: it would end the list
        if (expStart < stop && expStart - 1 >= blockStart && !lines[expStart - 1].isBlank()) {
            problems.add(Problem.error(file, base + expStart, "feedback must be indented under its answer "
                    + "('  > ...'); leave a blank line before the explanation"));
        }
        int textEnd = blockStart;

        Html title = markdown.renderInline(titleText, lineLinks(links, headingLine));
        String textSource = join(lines, from, textEnd);
        Html text = render(textSource, base + from, links);
        Question.Answers answers = answers(family, lines, blockStart, expStart, base, file, headingLine, links,
                problems);
        return Optional.of(new Section(new Question(headingLine, title, titleText, text, answers, explanation),
                titleText + "\n" + textSource.strip()));
    }

    /**
     * Where the explanation of a question starts: the trailing blockquotes of its lines {@code from..stop}
     * (exclusive; {@code stop} is past the last non-blank line), blank lines between them allowed, and lines that
     * continue a quoted paragraph without their {@code >} (Markdown's lazy continuation) counted in. {@code stop}
     * when there is none. Export reads its Markdown back from the same lines.
     */
    public static int explanationStart(String[] lines, int from, int stop) {
        int start = stop;
        int end = stop;
        while (end > from) {
            int top = -1;
            int j = end - 1;
            while (j >= from && !lines[j].isBlank() && (lines[j].startsWith(">") || lazy(lines[j]))) {
                if (lines[j].startsWith(">")) {
                    top = j;
                }
                j--;
            }
            if (top < 0) {
                break;
            }
            start = top;
            if (top - 1 >= from && !lines[top - 1].isBlank()) {
                break; // glued to what stands above it: reported as misplaced feedback when that is an answer
            }
            end = top;
            while (end > from && lines[end - 1].isBlank()) {
                end--;
            }
        }
        return start;
    }

    /** A line that may continue a blockquote's paragraph without its own {@code >}: plain text. */
    private static boolean lazy(String line) {
        return !line.isBlank() && !line.startsWith(">") && !Character.isWhitespace(line.charAt(0))
                && familyOf(line) == null && !PLAIN_ITEM.matcher(line).matches();
    }

    /**
     * From line {@code i} upwards, skips what may stand between two runs of answer lines by mistake: blank lines,
     * indented lines, blockquotes (with their lazy lines) and, for choices and matching pairs, items without their
     * marker or ' -> '. Returns the first line above that is none of these ({@code from - 1} at the top).
     */
    private static int skipMisplaced(String[] lines, int from, int i, Family family) {
        int j = i;
        while (j >= from) {
            String line = lines[j];
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith(">")) {
                j--;
                continue;
            }
            if (familyOf(line) == null && PLAIN_ITEM.matcher(line).matches()
                    && (family == Family.MATCH || family == Family.CHOICE)) {
                j--;
                continue;
            }
            if (lazy(line)) {
                int k = j - 1;
                while (k >= from && lazy(lines[k])) {
                    k--;
                }
                if (k >= from && !lines[k].isBlank() && (lines[k].startsWith(">")
                        || Character.isWhitespace(lines[k].charAt(0))
                        || familyOf(lines[k]) == family || PLAIN_ITEM.matcher(lines[k]).matches())) {
                    j = k; // the rest of a blockquote, or an answer continued without its indent
                    continue;
                }
            }
            return j;
        }
        return j;
    }

    private record RawItem(String line, int fileLine, StringBuilder feedback, int feedbackLine) {
    }

    private Question.Answers answers(Family family, String[] lines, int from, int to, int base, String file,
                                     int headingLine, FileLinks links, List<Problem> problems) {
        List<RawItem> items = new ArrayList<>();
        boolean inQuote = false;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                inQuote = false;
                continue;
            }
            if (line.startsWith(">")) {
                if (!inQuote) {
                    problems.add(Problem.error(file, base + i, "feedback must be indented under its answer "
                            + "('  > ...'): this blockquote ends the list of answers"));
                }
                inQuote = true;
                continue;
            }
            if (inQuote && (lazy(line) || Character.isWhitespace(line.charAt(0)))) {
                continue; // the rest of that blockquote
            }
            inQuote = false;
            if (lazy(line)) {
                problems.add(Problem.error(file, base + i, "not an answer: continue an answer on a line indented by "
                        + "two spaces, and put text for the question above the answers"));
                continue;
            }
            Matcher fb = FEEDBACK.matcher(line);
            if (fb.matches()) {
                if (items.isEmpty()) {
                    problems.add(Problem.error(file, base + i, "feedback line without an answer above it"));
                    continue;
                }
                RawItem last = items.get(items.size() - 1);
                if (last.feedback().length() > 0) {
                    last.feedback().append('\n');
                }
                last.feedback().append(fb.group(1));
                if (last.feedbackLine() == 0) {
                    items.set(items.size() - 1, new RawItem(last.line(), last.fileLine(), last.feedback(), base + i));
                }
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !items.isEmpty()) {
                RawItem last = items.get(items.size() - 1);
                items.set(items.size() - 1, new RawItem(last.line() + " " + line.strip(), last.fileLine(),
                        last.feedback(), last.feedbackLine()));
                continue;
            }
            items.add(new RawItem(line, base + i, new StringBuilder(), 0));
        }
        return switch (family) {
            case CHOICE -> choices(items, file, headingLine, links, problems);
            case EQUALS -> equalsAnswers(items, file, links, problems);
            case ORDER -> ordering(items, file, headingLine, links, problems);
            case MATCH -> matching(items, file, headingLine, links, problems);
        };
    }

    private Question.Answers choices(List<RawItem> items, String file, int headingLine, FileLinks links,
                                     List<Problem> problems) {
        List<Question.Choice> choices = new ArrayList<>();
        int round = 0;
        int square = 0;
        int right = 0;
        for (RawItem item : items) {
            Matcher m = CHOICE.matcher(item.line());
            if (!m.matches()) {
                problems.add(Problem.error(file, item.fileLine(), "choice without '( )' or '[ ]' after the dash"));
                continue;
            }
            boolean isRound = m.group(1).equals("(");
            if (isRound != m.group(3).equals(")")) {
                problems.add(Problem.error(file, item.fileLine(), "choice marker must be '( )', '(x)', '[ ]' or '[x]'"));
            }
            if (isRound) {
                round++;
            } else {
                square++;
            }
            String text = m.group(4) == null ? "" : m.group(4).strip();
            if (text.isEmpty()) {
                problems.add(Problem.error(file, item.fileLine(), "empty choice"));
            }
            boolean isRight = !m.group(2).equals(" ");
            if (isRight) {
                right++;
            }
            choices.add(new Question.Choice(markdown.renderInline(text, lineLinks(links, item.fileLine())), text,
                    isRight, feedback(item, links), item.fileLine()));
        }
        if (round > 0 && square > 0) {
            problems.add(Problem.error(file, items.get(0).fileLine(), "choices mix '( )' (one right answer) and "
                    + "'[ ]' (several right answers): use one kind"));
        }
        if (choices.size() < 2) {
            problems.add(Problem.error(file, headingLine, "a choice question needs at least two choices"));
        }
        if (square > 0 && round == 0) {
            if (right == 0) {
                problems.add(Problem.error(file, headingLine, "multiple answer without any '[x]': mark every right "
                        + "choice"));
            }
            return new Question.MultipleAnswer(choices);
        }
        if (round > 0 && square == 0 && right != 1) {
            problems.add(Problem.error(file, headingLine, "single choice needs exactly one '(x)', found " + right));
        }
        return new Question.SingleChoice(choices);
    }

    private Question.Answers equalsAnswers(List<RawItem> items, String file, FileLinks links,
                                           List<Problem> problems) {
        List<Question.NumericRange> ranges = new ArrayList<>();
        List<Question.Accepted> accepted = new ArrayList<>();
        boolean allNumeric = true;
        for (RawItem item : items) {
            Matcher m = EQUALS.matcher(item.line());
            if (!m.matches()) {
                problems.add(Problem.error(file, item.fileLine(), "answer without '=' in front (write '= answer')"));
                continue;
            }
            String text = m.group(1) == null ? "" : m.group(1).strip();
            if (text.isEmpty()) {
                problems.add(Problem.error(file, item.fileLine(), "empty answer after '='"));
                continue;
            }
            Optional<Question.NumericRange> range = numericRange(text, feedback(item, links), item.fileLine());
            if (range.isPresent()) {
                ranges.add(range.get());
            } else {
                allNumeric = false;
                if (text.contains("±") || text.contains("+-") || text.contains("..")) {
                    problems.add(Problem.error(file, item.fileLine(), "'" + text + "' is not a number, a tolerance "
                            + "(7.5 ± 0.1) or a range (7.4..7.6)"));
                }
            }
            accepted.add(new Question.Accepted(text, feedback(item, links), item.fileLine()));
        }
        if (allNumeric && !ranges.isEmpty()) {
            return new Question.Numeric(ranges);
        }
        for (Question.NumericRange r : ranges) {
            if (r.source().contains("±") || r.source().contains("+-") || r.source().contains("..")) {
                // a tolerance or range among words is compared as text: no learner types "7.5 ± 0.1"
                problems.add(Problem.warning(file, r.line(), "'" + r.source() + "' is a tolerance or range, but "
                        + "the other '=' lines of this question are words, so it is a short answer and only the "
                        + "exact text '" + r.source() + "' would be accepted: keep numbers and words in separate "
                        + "questions"));
            }
        }
        return new Question.ShortAnswer(accepted);
    }

    /** {@code 7.5}, {@code 7.5 ± 0.1}, {@code 7.5 +- 0.1} or {@code 7.4..7.6}, with the decimal-comma rules. */
    static Optional<Question.NumericRange> numericRange(String text, Optional<Html> feedback, int line) {
        int pm = text.indexOf('±');
        int pmLen = 1;
        if (pm < 0) {
            pm = text.indexOf("+-");
            pmLen = 2;
        }
        if (pm >= 0) {
            var value = Numbers.parse(text.substring(0, pm));
            var tolerance = Numbers.parse(text.substring(pm + pmLen));
            if (value.isEmpty() || tolerance.isEmpty() || tolerance.get().signum() < 0) {
                return Optional.empty();
            }
            return Optional.of(new Question.NumericRange(value.get().subtract(tolerance.get()),
                    value.get().add(tolerance.get()), text, feedback, line));
        }
        int dots = text.indexOf("..");
        if (dots >= 0) {
            var low = Numbers.parse(text.substring(0, dots));
            var high = Numbers.parse(text.substring(dots + 2));
            if (low.isEmpty() || high.isEmpty() || low.get().compareTo(high.get()) > 0) {
                return Optional.empty();
            }
            return Optional.of(new Question.NumericRange(low.get(), high.get(), text, feedback, line));
        }
        return Numbers.parse(text).map(v -> new Question.NumericRange(v, v, text, feedback, line));
    }

    private Question.Answers ordering(List<RawItem> items, String file, int headingLine, FileLinks links,
                                      List<Problem> problems) {
        List<Question.Item> list = new ArrayList<>();
        for (RawItem item : items) {
            Matcher m = ORDER.matcher(item.line());
            if (!m.matches()) {
                problems.add(Problem.error(file, item.fileLine(), "item to order without its number (write "
                        + "'1. item')"));
                continue;
            }
            String text = m.group(1) == null ? "" : m.group(1).strip();
            if (text.isEmpty()) {
                problems.add(Problem.error(file, item.fileLine(), "empty item"));
            }
            noFeedback(item, "ordering items", file, problems);
            list.add(new Question.Item(markdown.renderInline(text, lineLinks(links, item.fileLine())), text,
                    item.fileLine()));
        }
        if (list.size() < 2) {
            problems.add(Problem.error(file, headingLine, "an ordering question needs at least two items"));
        }
        return new Question.Ordering(list);
    }

    private Question.Answers matching(List<RawItem> items, String file, int headingLine, FileLinks links,
                                      List<Problem> problems) {
        List<Question.Pair> pairs = new ArrayList<>();
        Map<String, Integer> lefts = new HashMap<>();
        for (RawItem item : items) {
            Matcher m = MATCH.matcher(item.line());
            if (!m.matches()) {
                problems.add(Problem.error(file, item.fileLine(), "matching item without ' -> ' (write "
                        + "'- left -> right')"));
                continue;
            }
            String left = m.group(1).strip();
            String right = m.group(2).strip();
            if (left.isEmpty() || right.isEmpty()) {
                problems.add(Problem.error(file, item.fileLine(), "a matching item needs text on both sides of ' -> '"));
            }
            Integer other = lefts.putIfAbsent(normalize(left), item.fileLine());
            if (other != null) {
                problems.add(Problem.error(file, item.fileLine(), "'" + left + "' is already matched on line " + other));
            }
            noFeedback(item, "matching items", file, problems);
            pairs.add(new Question.Pair(
                    new Question.Item(markdown.renderInline(left, lineLinks(links, item.fileLine())), left,
                            item.fileLine()),
                    new Question.Item(markdown.renderInline(right, lineLinks(links, item.fileLine())), right,
                            item.fileLine())));
        }
        if (pairs.size() < 2) {
            problems.add(Problem.error(file, headingLine, "a matching question needs at least two pairs"));
        }
        return new Question.Matching(pairs);
    }

    private static void noFeedback(RawItem item, String what, String file, List<Problem> problems) {
        if (item.feedback().length() > 0) {
            problems.add(Problem.error(file, item.feedbackLine(), "feedback is not allowed under " + what
                    + " (use the explanation below the question)"));
        }
    }

    private Optional<Html> feedback(RawItem item, FileLinks links) {
        return item.feedback().length() == 0 ? Optional.empty()
                : Optional.of(render(item.feedback().toString(), item.feedbackLine(), links));
    }

    // ---- settings and comparison ------------------------------------------------------------------------------

    private static Quiz.Settings settings(FrontMatter fm, String file, List<Problem> problems) {
        Quiz.Settings d = Quiz.Settings.DEFAULT;
        for (String key : fm.keys()) {
            if (!SETTING_KEYS.contains(key)) {
                problems.add(Problem.error(file, fm.lineOf(key), "unknown key '" + key + "' (allowed: attempts, "
                        + "pass, pick, reveal, shuffle)"));
            }
        }
        int pass = intSetting(fm, "pass", d.pass(), 0, 100, file, problems);
        int attempts = intSetting(fm, "attempts", d.attempts(), 0, 1000, file, problems);
        int pick = intSetting(fm, "pick", d.pick(), 1, 10_000, file, problems);
        boolean shuffle = d.shuffle();
        if (fm.has("shuffle")) {
            if (fm.get("shuffle") instanceof Boolean b) {
                shuffle = b;
            } else {
                problems.add(Problem.error(file, fm.lineOf("shuffle"), "'shuffle' must be true or false"));
            }
        }
        Quiz.Reveal reveal = d.reveal();
        if (fm.has("reveal")) {
            Optional<Quiz.Reveal> r = Quiz.Reveal.of(String.valueOf(fm.get("reveal")));
            if (r.isPresent()) {
                reveal = r.get();
            } else {
                problems.add(Problem.error(file, fm.lineOf("reveal"), "'reveal' must be always, after-pass or never"));
            }
        }
        return new Quiz.Settings(pass, attempts, shuffle, pick, reveal);
    }

    private static int intSetting(FrontMatter fm, String key, int dflt, int min, int max, String file,
                                  List<Problem> problems) {
        if (!fm.has(key)) {
            return dflt;
        }
        if (fm.get(key) instanceof Integer i && i >= min && i <= max) {
            return i;
        }
        problems.add(Problem.error(file, fm.lineOf(key), "'" + key + "' must be a whole number from " + min + " to "
                + max));
        return dflt;
    }

    private static void compareStructure(Quiz.QuizText en, Quiz.QuizText other, String file, List<Problem> problems) {
        List<Question> a = en.questions();
        List<Question> b = other.questions();
        if (a.size() != b.size()) {
            int line = b.size() > a.size() ? b.get(a.size()).line() : b.isEmpty() ? 1 : b.get(b.size() - 1).line();
            problems.add(Problem.error(file, line, "the translation has " + b.size() + " question(s), the "
                    + "English quiz " + a.size() + ": a translation has the same questions in the same order"));
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Question qa = a.get(i);
            Question qb = b.get(i);
            String where = "question " + (i + 1) + " ";
            if (qa.type() != qb.type()) {
                problems.add(Problem.error(file, qb.line(), where + "is " + qb.type().words() + " here but "
                        + qa.type().words() + " in English (line " + qa.line() + ")"));
                continue;
            }
            String diff = null;
            if (qa.answers() instanceof Question.SingleChoice s) {
                diff = choiceDiff(s.choices(), ((Question.SingleChoice) qb.answers()).choices());
            } else if (qa.answers() instanceof Question.MultipleAnswer m) {
                diff = choiceDiff(m.choices(), ((Question.MultipleAnswer) qb.answers()).choices());
            } else if (qa.answers() instanceof Question.Ordering o
                    && o.items().size() != ((Question.Ordering) qb.answers()).items().size()) {
                diff = "has a different number of items";
            } else if (qa.answers() instanceof Question.Matching m) {
                List<Question.Pair> theirs = ((Question.Matching) qb.answers()).pairs();
                if (m.pairs().size() != theirs.size()) {
                    diff = "has a different number of pairs";
                } else if (!rightGroups(m.pairs()).equals(rightGroups(theirs))) {
                    diff = "shares its right sides between other pairs";
                }
            }
            if (diff != null) {
                problems.add(Problem.error(file, qb.line(), where + diff + " than in English (line " + qa.line()
                        + ")"));
            }
        }
    }

    /** For each pair, the first pair with the same right side: which pairs share an answer. */
    private static List<Integer> rightGroups(List<Question.Pair> pairs) {
        List<Integer> groups = new ArrayList<>();
        for (Question.Pair p : pairs) {
            int first = 0;
            while (!pairs.get(first).right().text().equals(p.right().text())) {
                first++;
            }
            groups.add(first);
        }
        return groups;
    }

    private static String choiceDiff(List<Question.Choice> a, List<Question.Choice> b) {
        if (a.size() != b.size()) {
            return "has a different number of choices";
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).right() != b.get(i).right()) {
                return "has its right answers at other positions";
            }
        }
        return null;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static Family familyOf(String line) {
        if (CHOICE.matcher(line).matches()) {
            return Family.CHOICE;
        }
        if (MATCH.matcher(line).matches()) {
            return Family.MATCH;
        }
        if (EQUALS.matcher(line).matches()) {
            return Family.EQUALS;
        }
        if (ORDER.matcher(line).matches()) {
            return Family.ORDER;
        }
        return null;
    }

    private Html render(String md, int firstFileLine, FileLinks links) {
        if (md.isBlank()) {
            return Html.EMPTY;
        }
        return markdown.render(md, lineLinks(links, firstFileLine)).html();
    }

    private static Markdown.Links lineLinks(FileLinks links, int firstFileLine) {
        return (dest, image, line) -> links.resolve(dest, image, firstFileLine + line - 1);
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    /** Short-answer comparison: trimmed, inner spaces collapsed, Unicode NFKC, case-folded. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return n.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
