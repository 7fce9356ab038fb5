package org.sanayan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuizParserTest {

    private final QuizParser parser = new QuizParser(new Markdown());

    private record Parsed(QuizParser.ParsedFile file, List<Problem> problems) {
        Question q(int i) {
            return file.text().questions().get(i);
        }

        List<String> lines() {
            return problems.stream().map(p -> p.format("")).toList();
        }
    }

    private Parsed parse(String source) {
        return parse(source, false);
    }

    private Parsed parse(String source, boolean translation) {
        List<Problem> problems = new ArrayList<>();
        QuizParser.ParsedFile f = parser.parse(source, "q.quiz.md", translation, QuizParser.FileLinks.KEEP, problems);
        return new Parsed(f, problems);
    }

    static Stream<Arguments> answerBlocks() {
        return Stream.of(
            Arguments.of("- ( ) a\n- (x) b\n- ( ) c", Question.Type.SINGLE_CHOICE),
            Arguments.of("- (X) yes\n- ( ) no", Question.Type.SINGLE_CHOICE),
            Arguments.of("- [x] a\n- [ ] b\n- [X] c", Question.Type.MULTIPLE_ANSWER),
            Arguments.of("= SMM\n= S.M.M.", Question.Type.SHORT_ANSWER),
            Arguments.of("= four\n= 4", Question.Type.SHORT_ANSWER),
            Arguments.of("= 7.5 ± 0.1", Question.Type.NUMERIC),
            Arguments.of("= 7.5 +- 0.1", Question.Type.NUMERIC),
            Arguments.of("= 7.4..7.6", Question.Type.NUMERIC),
            Arguments.of("= 70%", Question.Type.NUMERIC),
            Arguments.of("= 2,000\n= 2000", Question.Type.NUMERIC),
            Arguments.of("1. Study\n2. Set goal\n3. Publish", Question.Type.ORDERING),
            Arguments.of("- Reach -> unique people\n- Impressions -> times shown", Question.Type.MATCHING),
            Arguments.of("- (x) Settings -> Privacy\n- ( ) Home -> Feed", Question.Type.SINGLE_CHOICE)
        );
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("answerBlocks")
    void the_answer_block_decides_the_type(String block, Question.Type type) {
        Parsed p = parse("## The question?\n\n" + block + "\n");
        assertEquals(List.of(), p.lines());
        assertEquals(type, p.q(0).type());
    }

    static Stream<Arguments> headings() {
        return Stream.of(
            Arguments.of("## The question?", "The question?"),
            Arguments.of("## The question? ##", "The question?"),
            Arguments.of("##   The question?   #  ", "The question?"),
            Arguments.of("## What is C#", "What is C#"),
            Arguments.of("## Press \\#", "Press \\#"),
            Arguments.of("## Use #hashtags", "Use #hashtags")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void a_heading_loses_only_a_closing_sequence_of_hashes_after_a_space(String heading, String title) {
        Parsed p = parse(heading + "\n\n= a\n");
        assertEquals(List.of(), p.lines());
        assertEquals(title, p.q(0).titleText());
    }

    @Test
    void a_full_quiz_reads_settings_introduction_questions_feedback_and_explanations() {
        Parsed p = parse("""
                ---
                pass: 80
                attempts: 3
                shuffle: false
                pick: 2
                reveal: always
                ---

                Read the lesson first.

                ## Which post is most likely to be shared?

                - ( ) A price list
                  > Few people pass a price list on.
                - (x) A short story
                  > Right: people share what says something about them.

                > A shared post reaches people through someone they trust.

                ## What is the short name for social media marketing?

                = SMM
                  > That is the usual spelling.
                = S.M.M.

                > SMM stands for social media marketing.
                """);
        assertEquals(List.of(), p.lines());
        assertEquals(new Quiz.Settings(80, 3, false, 2, Quiz.Reveal.ALWAYS), p.file().settings());
        assertEquals("<p>Read the lesson first.</p>\n", p.file().text().intro().value());
        Question q1 = p.q(0);
        assertEquals(11, q1.line());
        assertEquals("Which post is most likely to be shared?", q1.titleText());
        Question.SingleChoice sc = assertInstanceOf(Question.SingleChoice.class, q1.answers());
        assertEquals(List.of(false, true), sc.choices().stream().map(Question.Choice::right).toList());
        assertEquals("A price list", sc.choices().get(0).text());
        assertEquals(13, sc.choices().get(0).line());
        assertEquals("<p>Few people pass a price list on.</p>\n", sc.choices().get(0).feedback().orElseThrow().value());
        assertEquals("<p>A shared post reaches people through someone they trust.</p>\n",
                q1.explanation().orElseThrow().value());
        Question.ShortAnswer sa = assertInstanceOf(Question.ShortAnswer.class, p.q(1).answers());
        assertEquals(List.of("SMM", "S.M.M."), sa.accepted().stream().map(Question.Accepted::text).toList());
        assertTrue(sa.accepted().get(0).feedback().isPresent());
        assertFalse(sa.accepted().get(1).feedback().isPresent());
    }

    @Test
    void question_text_may_hold_lists_code_and_images() {
        Parsed p = parse("""
                ## Look at this post.

                A caption reads:

                - first bullet
                - second bullet

                1. step one
                2. step two

                ```
                = not an answer
                ```

                ![a post](images/post.png)

                Which choice fits?

                - ( ) One
                - (x) Two
                """);
        assertEquals(List.of(), p.lines());
        Question q = p.q(0);
        assertEquals(Question.Type.SINGLE_CHOICE, q.type());
        String text = q.text().value();
        assertTrue(text.contains("<li>first bullet</li>"), text);
        assertTrue(text.contains("<ol>"), text);
        assertTrue(text.contains("= not an answer"), text);
        assertTrue(text.contains("<img src=\"images/post.png\" alt=\"a post\""), text);
        assertEquals(2, ((Question.SingleChoice) q.answers()).choices().size());
    }

    @Test
    void a_numbered_list_right_before_choices_stays_question_text() {
        Parsed p = parse("## Which step comes first?\n\n1. Publish\n2. Plan\n\n- ( ) Publish\n- (x) Plan\n");
        assertEquals(List.of(), p.lines());
        assertEquals(Question.Type.SINGLE_CHOICE, p.q(0).type());
        assertTrue(p.q(0).text().value().contains("<ol>"));
    }

    @Test
    void numeric_answers_keep_their_ranges() {
        Parsed p = parse("## Rate?\n\n= 7.5 ± 0.1\n= 10..12\n= 2,000\n= 0,125\n");
        Question.Numeric n = assertInstanceOf(Question.Numeric.class, p.q(0).answers());
        assertEquals(new BigDecimal("7.4"), n.ranges().get(0).low());
        assertEquals(new BigDecimal("7.6"), n.ranges().get(0).high());
        assertEquals(new BigDecimal("10"), n.ranges().get(1).low());
        assertEquals(new BigDecimal("12"), n.ranges().get(1).high());
        assertEquals(new BigDecimal("2000"), n.ranges().get(2).low());
        assertEquals(new BigDecimal("0.125"), n.ranges().get(3).low());
    }

    @Test
    void matching_splits_at_the_first_arrow_and_continuation_lines_join_their_item() {
        Parsed p = parse("## Match.\n\n- A -> B -> C\n- D -> E\n  continued\n");
        Question.Matching m = assertInstanceOf(Question.Matching.class, p.q(0).answers());
        assertEquals("A", m.pairs().get(0).left().text());
        assertEquals("B -> C", m.pairs().get(0).right().text());
        assertEquals("E continued", m.pairs().get(1).right().text());
    }

    static Stream<Arguments> brokenQuizzes() {
        return Stream.of(
            Arguments.of("no answer block", "## Q?\n\nJust text.\n", "q.quiz.md:1: error: question without an answer block"),
            Arguments.of("mixed markers", "## Q?\n\n- ( ) a\n- [x] b\n", "q.quiz.md:3: error: choices mix '( )'"),
            Arguments.of("no right single choice", "## Q?\n\n- ( ) a\n- ( ) b\n", "q.quiz.md:1: error: single choice needs exactly one '(x)', found 0"),
            Arguments.of("two right single choices", "## Q?\n\n- (x) a\n- (x) b\n", "q.quiz.md:1: error: single choice needs exactly one '(x)', found 2"),
            Arguments.of("multiple answer without [x]", "## Q?\n\n- [ ] a\n- [ ] b\n", "q.quiz.md:1: error: multiple answer without any '[x]'"),
            Arguments.of("empty choice", "## Q?\n\n- ( ) a\n- (x)\n", "q.quiz.md:4: error: empty choice"),
            Arguments.of("choice without marker", "## Q?\n\n- ( ) a\n- b\n- (x) c\n", "q.quiz.md:4: error: choice without '( )' or '[ ]'"),
            Arguments.of("malformed tolerance", "## Q?\n\n= 7.5 ± abc\n", "q.quiz.md:3: error: '7.5 ± abc' is not a number"),
            Arguments.of("malformed range", "## Q?\n\n= 9..7\n", "q.quiz.md:3: error: '9..7' is not a number"),
            Arguments.of("empty = line", "## Q?\n\n= SMM\n=\n", "q.quiz.md:4: error: empty answer after '='"),
            Arguments.of("matching item without arrow", "## Q?\n\n- a -> b\n- c d\n- e -> f\n", "q.quiz.md:4: error: matching item without ' -> '"),
            Arguments.of("feedback not indented", "## Q?\n\n- ( ) a\n> not indented\n- (x) b\n", "q.quiz.md:4: error: feedback must be indented"),
            Arguments.of("feedback glued to the explanation", "## Q?\n\n- ( ) a\n- (x) b\n> for b?\n", "q.quiz.md:5: error: feedback must be indented"),
            Arguments.of("feedback under ordering", "## Q?\n\n1. a\n  > no\n2. b\n", "q.quiz.md:4: error: feedback is not allowed under ordering items"),
            Arguments.of("feedback under matching", "## Q?\n\n- a -> b\n- c -> d\n  > no\n", "q.quiz.md:5: error: feedback is not allowed under matching items"),
            Arguments.of("one choice only", "## Q?\n\n- (x) a\n", "q.quiz.md:1: error: a choice question needs at least two choices"),
            Arguments.of("duplicate question", "## Q?\n\n= a\n\n## Q?\n\n= a\n", "q.quiz.md:5: error: the same question as on line 1"),
            Arguments.of("unknown setting", "---\npasss: 80\n---\n## Q?\n\n= a\n", "q.quiz.md:2: error: unknown key 'passs'"),
            Arguments.of("pass out of range", "---\npass: 120\n---\n## Q?\n\n= a\n", "q.quiz.md:2: error: 'pass' must be a whole number from 0 to 100"),
            Arguments.of("bad reveal", "---\nreveal: sometimes\n---\n## Q?\n\n= a\n", "q.quiz.md:2: error: 'reveal' must be always, after-pass or never"),
            Arguments.of("pick above size", "---\npick: 5\n---\n## Q?\n\n= a\n", "q.quiz.md:2: error: 'pick' is 5 but the quiz has only 1"),
            Arguments.of("no questions", "Only an introduction.\n", "q.quiz.md:1: error: no questions")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenQuizzes")
    void each_broken_rule_is_reported_at_its_line(String name, String source, String expected) {
        Parsed p = parse(source);
        assertTrue(p.lines().stream().anyMatch(l -> l.startsWith(expected)), () -> expected + " not in " + p.lines());
    }

    private static final String MISPLACED = "error: feedback must be indented under its answer ('  > ...'): this "
            + "blockquote ends the list of answers";

    private static final String NOT_AN_ANSWER = "error: not an answer: continue an answer on a line indented by two "
            + "spaces, and put text for the question above the answers";

    static Stream<Arguments> strayLinesBetweenAnswers() {
        return Stream.of(
            Arguments.of("short answers", "= Paris\n\n> Yes, Paris.\n\n= paris city", "q.quiz.md:5: " + MISPLACED, 2),
            Arguments.of("single choice", "- ( ) a\n\n> fb\n\n- (x) b\n- ( ) c", "q.quiz.md:5: " + MISPLACED, 3),
            Arguments.of("multiple answer", "- [x] a\n\n> fb\n\n- [ ] b", "q.quiz.md:5: " + MISPLACED, 2),
            Arguments.of("choices, quote with a lazy line", "- ( ) a\n> fb\nmore fb\n- (x) b", "q.quiz.md:4: " + MISPLACED, 2),
            Arguments.of("choice without marker", "- ( ) a\n\n- b\n\n- (x) c",
                    "q.quiz.md:5: error: choice without '( )' or '[ ]' after the dash", 2),
            Arguments.of("matching, item without arrow", "- a -> b\n\n- c -> d\n\n- x\n\n- e -> f\n\n- g -> h",
                    "q.quiz.md:7: error: matching item without ' -> ' (write '- left -> right')", 4),
            Arguments.of("matching, quote", "- a -> b\n\n> note\n\n- c -> d", "q.quiz.md:5: " + MISPLACED, 2),
            Arguments.of("ordering", "1. a\n\n> hint\n\n2. b\n3. c", "q.quiz.md:5: " + MISPLACED, 3),
            Arguments.of("an answer continued without its indent", "- ( ) a\ncontinued\n\n- (x) b", "q.quiz.md:4: "
                    + NOT_AN_ANSWER, 2),
            Arguments.of("an item to order continued without its indent", "1. a\nmore\n2. b", "q.quiz.md:4: "
                    + NOT_AN_ANSWER, 2)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strayLinesBetweenAnswers")
    void a_stray_line_between_answers_is_reported_on_its_own_line_and_no_answer_shows_as_question_text(
            String name, String block, String expected, int answers) {
        Parsed p = parse("## Q?\n\n" + block + "\n");
        assertEquals(List.of(expected), p.lines());
        assertEquals("", p.q(0).text().value(), "nothing of the answer block is shown before the quiz is submitted");
        assertEquals(answers, p.q(0).answers().size());
    }

    static Stream<Arguments> badLastAnswerLines() {
        return Stream.of(
            Arguments.of("- a -> b\n- e -> f\n- g", "q.quiz.md:5: error: matching item without ' -> ' (write '- left -> right')"),
            Arguments.of("- ( ) a\n- (x) b\n- c", "q.quiz.md:5: error: choice without '( )' or '[ ]' after the dash"),
            Arguments.of("- ( ) a\n- (x) b\n\n- c", "q.quiz.md:6: error: choice without '( )' or '[ ]' after the dash"),
            Arguments.of("1. a\n2. b\n- c", "q.quiz.md:5: error: item to order without its number (write '1. item')"),
            Arguments.of("= a\n= b\n- c", "q.quiz.md:5: error: answer without '=' in front (write '= answer')"),
            Arguments.of("- ( ) a\n- (x) b\n\nGood luck!", "q.quiz.md:6: " + NOT_AN_ANSWER)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLastAnswerLines")
    void a_bad_last_answer_line_is_reported_on_its_own_line_not_on_the_heading(String block, String expected) {
        Parsed p = parse("## Q?\n\n" + block + "\n");
        assertEquals(List.of(expected), p.lines());
    }

    static Stream<Arguments> repeatedQuestions() {
        return Stream.of(
            Arguments.of("other accepted answers", "## What is 2+2?\n\n= 4\n\n## What is 2+2?\n\n= four\n", true),
            Arguments.of("right answer elsewhere", "## Q?\n\n- (x) a\n- ( ) b\n\n## Q?\n\n- ( ) a\n- (x) b\n", true),
            Arguments.of("only one explained", "## Q?\n\n= a\n\n> Why.\n\n## Q?\n\n= a\n", true),
            Arguments.of("same text, other spacing and case", "## Q?\n\nLook at   post A.\n\n= a\n\n## q?\n\nLook at post a.\n\n= b\n", true),
            Arguments.of("same heading, other text", "## Q?\n\nLook at post A.\n\n= a\n\n## Q?\n\nLook at post B.\n\n= a\n", false)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedQuestions")
    void a_question_repeats_when_its_heading_and_text_repeat_whatever_its_answers(String name, String source,
                                                                                  boolean repeated) {
        Parsed p = parse(source);
        List<String> expected = repeated ? List.of(p.q(1).line() + "") : List.of();
        assertEquals(expected, p.lines().stream().filter(l -> l.contains("the same question as on line 1"))
                .map(l -> l.split(":")[1]).toList(), p.lines()::toString);
    }

    static Stream<Arguments> explanations() {
        return Stream.of(
            Arguments.of("two blockquotes", "> First part.\n\n> Second part.", "<p>First part.</p>\n<p>Second part.</p>\n"),
            Arguments.of("a lazy line", "> First line\nsecond line.", "<p>First line\nsecond line.</p>\n"),
            Arguments.of("a quote in the middle", "> One.\n>\n> Two.", "<p>One.</p>\n<p>Two.</p>\n")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explanations")
    void every_trailing_blockquote_is_the_explanation(String name, String explanation, String html) {
        Parsed p = parse("## Q?\n\n- ( ) a\n- (x) b\n\n" + explanation + "\n");
        assertEquals(List.of(), p.lines());
        assertEquals(html, p.q(0).explanation().orElseThrow().value());
        assertEquals(2, p.q(0).answers().size());
    }

    @Test
    void a_tolerance_among_word_answers_warns_that_it_is_compared_as_text() {
        Parsed p = parse("## Half of fifteen?\n\n= seven and a half\n= 7.5 ± 0.1\n= 7\n");
        assertEquals(Question.Type.SHORT_ANSWER, p.q(0).type());
        assertEquals(List.of("q.quiz.md:4: warning: '7.5 ± 0.1' is a tolerance or range, but the other '=' lines of "
                + "this question are words, so it is a short answer and only the exact text '7.5 ± 0.1' would be "
                + "accepted: keep numbers and words in separate questions"), p.lines());
    }

    @Test
    void settings_in_a_translation_are_an_error() {
        Parsed p = parse("---\npass: 80\n---\n## T?\n\n= a\n", true);
        assertTrue(p.lines().contains("q.quiz.md:2: error: 'pass': a quiz translation has no front matter; settings "
                + "come from the English quiz"), p.lines()::toString);
    }

    private Quiz combine(String en, String fil, List<Problem> problems) {
        var a = parser.parse(en, "q.quiz.md", false, QuizParser.FileLinks.KEEP, problems);
        var b = parser.parse(fil, "q.quiz.fil.md", true, QuizParser.FileLinks.KEEP, problems);
        return QuizParser.combine("c/m/l", Map.of("en", a, "fil", b), Map.of("en", "q.quiz.md", "fil", "q.quiz.fil.md"),
                problems);
    }

    static Stream<Arguments> translationMismatches() {
        String en = "## A?\n\n- ( ) x\n- (x) y\n\n## B?\n\n1. a\n2. b\n";
        return Stream.of(
            Arguments.of("fewer questions", en, "## A?\n\n- ( ) x\n- (x) y\n", "q.quiz.fil.md:1: error: the translation has 1 question(s), the English quiz 2"),
            Arguments.of("another type", en, "## A?\n\n= y\n\n## B?\n\n1. a\n2. b\n", "q.quiz.fil.md:1: error: question 1 is short answer here but single choice in English"),
            Arguments.of("right answer moved", en, "## A?\n\n- (x) x\n- ( ) y\n\n## B?\n\n1. a\n2. b\n", "q.quiz.fil.md:1: error: question 1 has its right answers at other positions"),
            Arguments.of("choice count", en, "## A?\n\n- ( ) x\n- (x) y\n- ( ) z\n\n## B?\n\n1. a\n2. b\n", "q.quiz.fil.md:1: error: question 1 has a different number of choices"),
            Arguments.of("item count", en, "## A?\n\n- ( ) x\n- (x) y\n\n## B?\n\n1. a\n2. b\n3. c\n", "q.quiz.fil.md:6: error: question 2 has a different number of items")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translationMismatches")
    void a_translation_with_another_structure_is_reported(String name, String en, String fil, String expected) {
        List<Problem> problems = new ArrayList<>();
        combine(en, fil, problems);
        List<String> lines = problems.stream().map(p -> p.format("")).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)), () -> expected + " not in " + lines);
    }

    @Test
    void accepted_answers_of_every_language_count_and_the_version_covers_every_file() {
        List<Problem> problems = new ArrayList<>();
        Quiz q = combine("## Name?\n\n= reach\n", "## Pangalan?\n\n= abot\n= reach\n", problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("abot", "reach"), q.acceptedAnswers(0).stream().sorted().toList());
        Quiz changed = combine("## Name?\n\n= reach\n", "## Pangalan?\n\n= abot\n", new ArrayList<>());
        assertFalse(q.version().equals(changed.version()), "a change in the translation is a new version");
        assertEquals(64, q.version().length());
    }

    @Test
    void a_serialised_quiz_restores_to_an_equal_model() {
        List<Problem> problems = new ArrayList<>();
        Quiz q = combine("""
                ---
                pass: 80
                reveal: never
                ---
                Intro **text**.

                ## One?

                - ( ) a
                  > no
                - (x) b

                > Because.

                ## Two?

                - [x] a
                - [ ] b
                  > wrong

                ## Three?

                = SMM
                  > yes

                ## Four?

                = 7.50 ± 0.10
                = 1,000

                ## Five?

                1. first
                2. second

                ## Six?

                - L -> R
                - M -> S
                """, """
                ## Isa?

                - ( ) a
                - (x) b

                ## Dalawa?

                - [x] a
                - [ ] b

                ## Tatlo?

                = SMM

                ## Apat?

                = 7.5

                ## Lima?

                1. una
                2. ikalawa

                ## Anim?

                - L -> R
                - M -> S
                """, problems);
        assertEquals(List.of(), problems);
        String json = QuizCodec.write(q);
        assertEquals(q, QuizCodec.read(json));
        assertEquals(json, QuizCodec.write(QuizCodec.read(json)));
    }
}
