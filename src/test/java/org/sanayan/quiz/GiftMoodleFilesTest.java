package org.sanayan.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanayan.content.Question.Type.MATCHING;
import static org.sanayan.content.Question.Type.MULTIPLE_ANSWER;
import static org.sanayan.content.Question.Type.NUMERIC;
import static org.sanayan.content.Question.Type.SHORT_ANSWER;
import static org.sanayan.content.Question.Type.SINGLE_CHOICE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.content.ContentLoader;
import org.sanayan.content.Markdown;
import org.sanayan.content.Problem;
import org.sanayan.content.Question;
import org.sanayan.content.QuizParser;

/**
 * Moodle's own GIFT files (src/test/resources/gift, see SOURCE.md): for every question, what it becomes, or the
 * exact line and message of its report. The tables are the whole story: a question missing from them fails.
 */
class GiftMoodleFilesTest {

    @TempDir
    Path dir;

    private record Row(int line, Question.Type type, String heading, String answers) {
    }

    private static Row converted(int line, Question.Type type, String heading, String answers) {
        return new Row(line, type, heading, answers);
    }

    /** examples.gift.txt: all 43 questions convert; what changes is in the reports below. */
    private static final List<Row> EXAMPLES = List.of(
            converted(8, SINGLE_CHOICE, "Who's buried in Grant's tomb?",
                "( ) Grant | ( ) Jefferson | (x) no one"),
            converted(10, SINGLE_CHOICE, "Grant is ___ in Grant's tomb.",
                "( ) buried | (x) entombed | ( ) living"),
            converted(12, SINGLE_CHOICE, "Grant is buried in Grant's tomb.",
                "( ) True | (x) False"),
            converted(14, SHORT_ANSWER, "Who's buried in Grant's tomb? (2)",
                "= no one | = nobody"),
            converted(16, NUMERIC, "When was Ulysses S. Grant born?",
                "= 1822 ± 1"),
            converted(25, SINGLE_CHOICE, "Who's buried in Grant's tomb? (3)",
                "( ) Grant | ( ) Jefferson | (x) no one"),
            converted(27, SINGLE_CHOICE, "Grant is ___ in Grant's tomb. (2)",
                "( ) buried | (x) entombed | ( ) living"),
            converted(29, SINGLE_CHOICE, "The American holiday of Thanksgiving is celebrated on the ___ Thursday of November.",
                "( ) second | ( ) third | (x) fourth"),
            converted(35, SINGLE_CHOICE, "Japanese characters originally came from what country?",
                "( ) India | (x) China | ( ) Korea | ( ) Egypt"),
            converted(43, SHORT_ANSWER, "Who's buried in Grant's tomb? (4)",
                "= no one | = nobody"),
            converted(45, SHORT_ANSWER, "Two plus two equals ___.",
                "= four | = 4"),
            converted(49, SINGLE_CHOICE, "Grant is buried in Grant's tomb. (2)",
                "( ) True | (x) False"),
            converted(51, SINGLE_CHOICE, "The sun rises in the east.",
                "(x) True | ( ) False"),
            converted(55, MATCHING, "Matching Question.",
                "subquestion1 -> subanswer1 | subquestion2 -> subanswer2 | subquestion3 -> subanswer3"),
            converted(61, MATCHING, "Match the following countries with their corresponding capitals.",
                "Canada -> Ottawa | Italy -> Rome | Japan -> Tokyo | India -> New Delhi"),
            converted(70, NUMERIC, "When was Ulysses S. Grant born? (2)",
                "= 1822"),
            converted(72, NUMERIC, "What is the value of pi (to 3 decimal places)? ___.",
                "= 3.1415 ± 0.0005"),
            converted(74, NUMERIC, "What is the value of pi (to 3 decimal places)? ___. (2)",
                "= 3.141..3.142"),
            converted(76, NUMERIC, "When was Ulysses S. Grant born? (3)",
                "= 1822"),
            converted(85, NUMERIC, "What's 2 plus 2?",
                "= 4"),
            converted(90, SHORT_ANSWER, "Japanese characters originally came from what country? (2)",
                "= China"),
            converted(93, SINGLE_CHOICE, "The American holiday of Thanksgiving is celebrated on the ___ Thursday of November. (2)",
                "( ) second | ( ) third | (x) fourth"),
            converted(98, SINGLE_CHOICE, "What's the answer to this multiple-choice question?",
                "( ) wrong answer | ( ) another wrong answer | (x) right answer"),
            converted(103, SHORT_ANSWER, "Who's buried in Grant's tomb? (5)",
                "= no one | = nobody"),
            converted(108, SHORT_ANSWER, "Who's buried in **Grant's tomb**?",
                "= no one | = nobody"),
            converted(113, SINGLE_CHOICE, "Grant is buried in Grant's tomb. (3)",
                "( ) True | (x) False"),
            converted(115, SINGLE_CHOICE, "Difficult question.",
                "( ) wrong answer | ( ) half credit answer | (x) full credit answer"),
            converted(117, SINGLE_CHOICE, "Jesus Christ was from ___.",
                "( ) Jerusalem | ( ) Bethlehem | ( ) Galilee | (x) Nazareth"),
            converted(123, SHORT_ANSWER, "Jesus Christ was from",
                "= Nazareth"),
            converted(130, MULTIPLE_ANSWER, "What two people are entombed in Grant's tomb?",
                "[ ] No one | [x] Grant | [x] Grant's wife | [ ] Grant's father"),
            converted(136, MULTIPLE_ANSWER, "What two people are entombed in Grant's tomb? (2)",
                "[ ] No one | [x] Grant | [x] Grant's wife | [ ] Grant's father"),
            converted(143, SINGLE_CHOICE, "Which answer equals 5?",
                "( ) \\= 2 + 2 | (x) \\= 2 + 3 | ( ) \\= 2 + 4"),
            converted(148, SINGLE_CHOICE, "Which of the following is NOT a control character for the GIFT import format?",
                "( ) \\~ | ( ) \\= | ( ) \\# | ( ) { | ( ) } | (x) \\\\"),
            converted(167, SINGLE_CHOICE, "Who's buried in Grant's tomb? (6)",
                "( ) Grant | ( ) Jefferson | (x) no one"),
            converted(169, SINGLE_CHOICE, "Grant is ___ in Grant's tomb. (3)",
                "( ) buried | (x) entombed | ( ) living"),
            converted(171, SINGLE_CHOICE, "Grant is buried in Grant's tomb. (4)",
                "( ) True | (x) False"),
            converted(173, SHORT_ANSWER, "Who's buried in Grant's tomb? (7)",
                "= no one | = nobody"),
            converted(175, NUMERIC, "When was Ulysses S. Grant born? (4)",
                "= 1822 ± 5"),
            converted(177, MATCHING, "Match the following countries with their corresponding capitals. (2)",
                "Canada -> Ottawa | Italy -> Rome | Japan -> Tokyo"),
            converted(184, SINGLE_CHOICE, "Grant is ___ in Grant's tomb. (4)",
                "( ) buried | (x) entombed | ( ) living"),
            converted(190, SINGLE_CHOICE, "Difficult multiple choice question.",
                "( ) wrong answer | ( ) half credit answer | (x) full credit answer"),
            converted(195, SHORT_ANSWER, "Jesus Christ was from ___. (2)",
                "= Nazareth"),
            converted(202, NUMERIC, "When was Ulysses S. Grant born? (5)",
                "= 1822"));

    private static final List<String> EXAMPLES_REPORTS = List.of(
            "10: changed: missing word: the text after the answers follows a blank (___) in the question",
            "14: changed: same question text as on line 8: ' (2)' added, as Sanayan refuses repeated questions",
            "25: changed: same question text as on line 8: ' (3)' added, as Sanayan refuses repeated questions",
            "27: changed: missing word: the text after the answers follows a blank (___) in the question; same "
                + "question text as on line 10: ' (2)' added, as Sanayan refuses repeated questions",
            "29: changed: missing word: the text after the answers follows a blank (___) in the question",
            "43: changed: same question text as on line 8: ' (4)' added, as Sanayan refuses repeated questions",
            "45: changed: missing word: the text after the answers follows a blank (___) in the question",
            "49: changed: same question text as on line 12: ' (2)' added, as Sanayan refuses repeated "
                + "questions",
            "70: changed: same question text as on line 16: ' (2)' added, as Sanayan refuses repeated "
                + "questions",
            "72: changed: missing word: the text after the answers follows a blank (___) in the question",
            "74: changed: missing word: the text after the answers follows a blank (___) in the question; same "
                + "question text as on line 72: ' (2)' added, as Sanayan refuses repeated questions",
            "76: changed: answers with partial credit dropped: 1822 ± 2 (50%); same question text as on line "
                + "16: ' (3)' added, as Sanayan refuses repeated questions",
            "90: changed: same question text as on line 35: ' (2)' added, as Sanayan refuses repeated "
                + "questions",
            "93: changed: missing word: the text after the answers follows a blank (___) in the question; same "
                + "question text as on line 29: ' (2)' added, as Sanayan refuses repeated questions",
            "103: changed: same question text as on line 8: ' (5)' added, as Sanayan refuses repeated "
                + "questions",
            "113: changed: same question text as on line 12: ' (3)' added, as Sanayan refuses repeated "
                + "questions",
            "115: changed: weights dropped: only 'full credit answer' is right; 'half credit answer' (50%) "
                + "scores 0 like any wrong answer (Sanayan has no partial credit)",
            "117: changed: missing word: the text after the answers follows a blank (___) in the question; "
                + "weights dropped: only 'Nazareth' is right; 'Bethlehem' (25%), 'Galilee' (50%) score 0 like any "
                + "wrong answer (Sanayan has no partial credit)",
            "123: changed: answers with partial or no credit dropped: 'Nazereth' (75%), 'Bethlehem' (25%)",
            "130: changed: scored differently: wrong choices at 0% are not penalized in Moodle; Sanayan takes "
                + "off 50% for each wrong choice ticked",
            "136: changed: same question text as on line 130: ' (2)' added, as Sanayan refuses repeated "
                + "questions",
            "167: changed: same question text as on line 8: ' (6)' added, as Sanayan refuses repeated "
                + "questions",
            "169: changed: missing word: the text after the answers follows a blank (___) in the question; same "
                + "question text as on line 10: ' (3)' added, as Sanayan refuses repeated questions",
            "171: changed: same question text as on line 12: ' (4)' added, as Sanayan refuses repeated "
                + "questions",
            "173: changed: same question text as on line 8: ' (7)' added, as Sanayan refuses repeated "
                + "questions",
            "175: changed: same question text as on line 16: ' (4)' added, as Sanayan refuses repeated "
                + "questions",
            "177: changed: same question text as on line 61: ' (2)' added, as Sanayan refuses repeated "
                + "questions",
            "184: changed: missing word: the text after the answers follows a blank (___) in the question; same "
                + "question text as on line 10: ' (4)' added, as Sanayan refuses repeated questions",
            "190: changed: weights dropped: only 'full credit answer' is right; 'half credit answer' (50%) "
                + "scores 0 like any wrong answer (Sanayan has no partial credit)",
            "195: changed: missing word: the text after the answers follows a blank (___) in the question; "
                + "answers with partial or no credit dropped: 'Nazereth' (75%), 'Bethlehem' (25%); same question text "
                + "as on line 117: ' (2)' added, as Sanayan refuses repeated questions",
            "202: changed: answers with partial credit dropped: 1822 ± 2 (50%); same question text as on line "
                + "16: ' (5)' added, as Sanayan refuses repeated questions");

    /** moodle-test-fixture.gift.txt: 9 questions, the essay not converted. */
    private static final List<Row> FIXTURE = List.of(
            converted(5, MATCHING, "Match the activity to the description.",
                "An activity supporting asynchronous discussions. -> Forum | A teacher asks a question and "
                + "specifies a choice of multiple responses. -> Choice | A bank of record entries which participants "
                + "can add to. -> Database | A collection of web pages that anyone can add to or edit. -> Wiki"),
            converted(14, SINGLE_CHOICE, "What's between orange and green in the spectrum?",
                "(x) yellow | ( ) red | ( ) blue"),
            converted(22, MULTIPLE_ANSWER, "What's between orange and green in the spectrum? (2)",
                "[x] yellow | [ ] red | [x] off-beige | [ ] blue"),
            converted(31, NUMERIC, "What is a number from 1 to 5? ___ \";",
                "= 3 ± 2"),
            converted(34, SHORT_ANSWER, "Which is the best animal?",
                "= Frog"),
            converted(41, SINGLE_CHOICE, "42 is the Absolute Answer to everything. ___ \";",
                "( ) True | (x) False"),
            converted(46, SINGLE_CHOICE, "TSL is blablabla.",
                "(x) True | ( ) False"),
            converted(49, SINGLE_CHOICE, "TSL is blablabla. (2)",
                "(x) True | ( ) False"));

    private static final List<String> FIXTURE_REPORTS = List.of(
            "2: not converted: essay question ({}): Sanayan grades every answer itself and has no essay type",
            "5: changed: HTML tags removed from the text; the extra right side 'Chat' (no left side) dropped: "
                + "Sanayan offers only the right sides of the pairs",
            "22: changed: scored differently: wrong choices cost 100% in Moodle, 50% each in Sanayan; same "
                + "question text as on line 14: ' (2)' added, as Sanayan refuses repeated questions",
            "31: changed: missing word: the text after the answers follows a blank (___) in the question; the "
                + "'~' feedback for wrong answers dropped: Sanayan gives feedback on accepted answers only",
            "34: changed: answers with partial or no credit dropped: 'Cat' (50%), the catch-all '*' (0%)",
            "41: changed: missing word: the text after the answers follows a blank (___) in the question",
            "49: changed: same question text as on line 46: ' (2)' added, as Sanayan refuses repeated questions");

    static String resource(String name) {
        try (InputStream in = GiftMoodleFilesTest.class.getResourceAsStream("/gift/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The converted quiz as our parser reads it, by the GIFT line each question came from. */
    private static Map<Integer, Question> parsed(GiftImport.Result r) {
        List<Problem> problems = new ArrayList<>();
        QuizParser.ParsedFile f = new QuizParser(new Markdown()).parse(r.markdown(), "quiz.md", false,
                QuizParser.FileLinks.KEEP, problems);
        assertEquals(List.of(), problems);
        assertEquals(r.questions().size(), f.text().questions().size());
        Map<Integer, Question> byLine = new TreeMap<>();
        for (int i = 0; i < r.questions().size(); i++) {
            byLine.put(r.questions().get(i).line(), f.text().questions().get(i));
        }
        return byLine;
    }

    private static String answers(Question q) {
        List<String> parts = new ArrayList<>();
        if (q.answers() instanceof Question.SingleChoice s) {
            s.choices().forEach(c -> parts.add((c.right() ? "(x) " : "( ) ") + c.text()));
        } else if (q.answers() instanceof Question.MultipleAnswer m) {
            m.choices().forEach(c -> parts.add((c.right() ? "[x] " : "[ ] ") + c.text()));
        } else if (q.answers() instanceof Question.ShortAnswer s) {
            s.accepted().forEach(a -> parts.add("= " + a.text()));
        } else if (q.answers() instanceof Question.Numeric n) {
            n.ranges().forEach(r -> parts.add("= " + r.source()));
        } else if (q.answers() instanceof Question.Matching m) {
            m.pairs().forEach(p -> parts.add(p.left().text() + " -> " + p.right().text()));
        }
        return String.join(" | ", parts);
    }

    private static void check(String file, List<Row> rows, List<String> reports) {
        GiftImport.Result r = GiftImport.convert(resource(file), "en");
        Map<Integer, Question> byLine = parsed(r);
        assertEquals(rows.stream().map(Row::line).toList(), new ArrayList<>(byLine.keySet()), "converted lines");
        for (Row row : rows) {
            Question q = byLine.get(row.line());
            assertEquals(row.type(), q.type(), "line " + row.line());
            assertEquals(row.heading(), q.titleText(), "line " + row.line());
            assertEquals(row.answers(), answers(q), "line " + row.line());
        }
        assertEquals(reports, r.reports().stream().map(x -> x.line() + ": " + x.message()).toList());
    }

    @Test
    void every_question_of_moodles_examples_file_converts_as_the_table_says() {
        check("examples.gift.txt", EXAMPLES, EXAMPLES_REPORTS);
    }

    @Test
    void every_question_of_moodles_test_fixture_converts_or_is_reported_as_the_table_says() {
        check("moodle-test-fixture.gift.txt", FIXTURE, FIXTURE_REPORTS);
    }

    @Test
    void every_question_the_reader_finds_is_in_the_tables() {
        for (var file : Map.of("examples.gift.txt", EXAMPLES, "moodle-test-fixture.gift.txt", FIXTURE).entrySet()) {
            List<Integer> found = GiftReader.read(resource(file.getKey())).stream().map(GiftReader.Item::line).toList();
            List<Integer> accounted = new ArrayList<>(file.getValue().stream().map(Row::line).toList());
            if (file.getKey().startsWith("moodle")) {
                accounted.add(0, 2); // the essay, reported
            }
            assertEquals(accounted, found, file.getKey());
        }
    }

    @Test
    void the_feedback_and_explanations_of_moodles_files_are_kept() {
        String md = GiftImport.convert(resource("moodle-test-fixture.gift.txt"), "en").markdown();
        assertTrue(md.contains("""
                ## 42 is the Absolute Answer to everything. ___ ";

                - ( ) True
                  > 42 is the Ultimate Answer.
                - (x) False
                  > You gave the right answer.

                > This is, of course, a Hitchiker's Guide to the Galaxy reference.
                """), md);
        String examples = GiftImport.convert(resource("examples.gift.txt"), "en").markdown();
        assertTrue(examples.contains("""
                - (x) \\\\
                  > Correct! \\\\ (backslash) is not a control character. BUT, it is used to escape the control \
                characters. So, to specify a literal backslash, you must escape it with a backslash (as shown in \
                this example).
                """), examples);
    }

    @Test
    void the_converted_quizzes_pass_validate() throws IOException {
        Path course = dir.resolve("moodle");
        Files.createDirectories(course.resolve("01-imported"));
        Files.writeString(course.resolve("course.md"), "---\ntitle: From Moodle\nsummary: Imported questions\n---\n");
        Files.writeString(course.resolve("01-imported/module.md"), "---\ntitle: Imported\n---\n");
        Files.writeString(course.resolve("01-imported/01-examples.md"), "---\ntitle: Examples\n---\n\nText.\n");
        Files.writeString(course.resolve("01-imported/02-fixture.md"), "---\ntitle: Fixture\n---\n\nText.\n");
        Files.writeString(course.resolve("01-imported/01-examples.quiz.md"),
                GiftImport.convert(resource("examples.gift.txt"), "en").markdown());
        Files.writeString(course.resolve("01-imported/02-fixture.quiz.md"),
                GiftImport.convert(resource("moodle-test-fixture.gift.txt"), "en").markdown());
        Files.writeString(course.resolve("01-imported/02-fixture.quiz.fil.md"),
                GiftImport.convert(resource("moodle-test-fixture.gift.txt"), "fil").markdown());
        ContentLoader.Result result = new ContentLoader().load(dir);
        assertEquals(List.of(), result.problems().stream().map(p -> p.format("")).toList());
        assertEquals(2, result.stats().quizzes());
    }

    @Test
    void moodles_files_survive_import_export_import() {
        for (String file : List.of("examples.gift.txt", "moodle-test-fixture.gift.txt")) {
            GiftImport.Result first = GiftImport.convert(resource(file), "en");
            GiftExport.Result exported = GiftExport.export(first.markdown(), "quiz.md", false);
            assertEquals(List.of(), exported.reports(), file);
            assertEquals(first.questions().size(), exported.exported(), file);
            GiftImport.Result again = GiftImport.convert(exported.gift(), "en");
            assertEquals(first.markdown(), again.markdown(), file);
            assertEquals(List.of(), again.reports(), file);
        }
    }
}
