package org.sanayan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code import-gift} and {@code export-gift} as a user runs them: files, output, messages, exit codes. */
class GiftCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path moodleFixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/gift/moodle-test-fixture.gift.txt")) {
            Path p = dir.resolve("questions.gift");
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void import_gift_prints_the_quiz_and_reports_each_question_on_its_line() throws IOException {
        Path gift = moodleFixture();
        Run r = run("import-gift", gift.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("## Match the activity to the description.\n\n- An activity supporting"),
                r.out());
        assertEquals(List.of(
                gift + ":2: not converted: essay question ({}): Sanayan grades every answer itself and has no essay type",
                gift + ":5: changed: HTML tags removed from the text; the extra right side 'Chat' (no left side) "
                        + "dropped: Sanayan offers only the right sides of the pairs",
                gift + ":22: changed: scored differently: wrong choices cost 100% in Moodle, 50% each in Sanayan; "
                        + "same question text as on line 14: ' (2)' added, as Sanayan refuses repeated questions",
                gift + ":31: changed: missing word: the text after the answers follows a blank (___) in the "
                        + "question; the '~' feedback for wrong answers dropped: Sanayan gives feedback on accepted "
                        + "answers only",
                gift + ":34: changed: answers with partial or no credit dropped: 'Cat' (50%), the catch-all '*' (0%)",
                gift + ":41: changed: missing word: the text after the answers follows a blank (___) in the question",
                gift + ":49: changed: same question text as on line 46: ' (2)' added, as Sanayan refuses repeated "
                        + "questions",
                "import-gift: 8 question(s) converted (6 with changes), 1 not converted"), r.errLines());
    }

    @Test
    void import_gift_writes_to_out_labels_true_false_in_filipino_and_the_result_validates() throws IOException {
        Path gift = moodleFixture();
        Path course = dir.resolve("content/moodle");
        Files.createDirectories(course.resolve("01-imported"));
        Files.writeString(course.resolve("course.md"), "---\ntitle: From Moodle\nsummary: Imported\n---\n");
        Files.writeString(course.resolve("01-imported/module.md"), "---\ntitle: Imported\n---\n");
        Files.writeString(course.resolve("01-imported/01-fixture.md"), "---\ntitle: Fixture\n---\n\nText.\n");
        Path quiz = course.resolve("01-imported/01-fixture.quiz.md");
        Path fil = course.resolve("01-imported/01-fixture.quiz.fil.md");

        Run en = run("import-gift", gift.toString(), "--out", quiz.toString());
        Run tl = run("import-gift", "--lang", "fil", "--out", fil.toString(), gift.toString());
        assertEquals(0, en.code(), en.err());
        assertEquals(0, tl.code(), tl.err());
        assertEquals("", en.out());
        assertTrue(en.err().strip().endsWith("1 not converted, written to " + quiz), en.err());
        assertTrue(Files.readString(quiz).contains("- (x) True\n- ( ) False\n"));
        assertTrue(Files.readString(fil).contains("- (x) Tama\n- ( ) Mali\n"));

        Run validate = run("validate", dir.resolve("content").toString());
        assertEquals(0, validate.code(), validate.out());
        // the Filipino quiz is a translation like any other
        assertEquals("OK: 1 course(s), 1 module(s), 1 lesson(s), 1 translation(s), 1 quiz(zes), 0 warning(s)",
                validate.out().strip());
    }

    @Test
    void import_then_export_then_import_gives_the_same_quiz() throws IOException {
        Path gift = moodleFixture();
        Path a = dir.resolve("a.quiz.md");
        Path b = dir.resolve("b.gift");
        assertEquals(0, run("import-gift", gift.toString(), "--out", a.toString()).code());
        Run export = run("export-gift", a.toString(), "--out", b.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals(List.of("export-gift: 8 question(s) exported, 0 not exported, written to " + b),
                export.errLines());
        Run again = run("import-gift", b.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(Files.readString(a), again.out());
        assertEquals(List.of("import-gift: 8 question(s) converted (0 with changes), 0 not converted"),
                again.errLines());
    }

    @Test
    void import_gift_exits_1_when_nothing_converts() throws IOException {
        Path gift = file("essays.gift", "::Q1:: How are you? {}\n\n::Q2:: And you?{}\n");
        Run r = run("import-gift", gift.toString(), "--out", dir.resolve("x.quiz.md").toString());
        assertEquals(1, r.code());
        assertEquals(List.of(
                gift + ":1: not converted: essay question ({}): Sanayan grades every answer itself and has no essay type",
                gift + ":3: not converted: essay question ({}): Sanayan grades every answer itself and has no essay type",
                "import-gift: nothing converted: no question of " + gift + " fits a Sanayan quiz"), r.errLines());
        assertFalse(Files.exists(dir.resolve("x.quiz.md")));

        Path half = file("half.gift", "Who is buried in Grant's tomb? {\n=no one\n\nHow are you? {}\n");
        Run b = run("import-gift", half.toString());
        assertEquals(1, b.code());
        assertEquals(half + ":1: not converted: '{' is never closed with '}' before the blank line that ends the "
                + "question", b.errLines().get(0));
    }

    @Test
    void import_gift_exits_2_for_a_file_that_is_not_gift() throws IOException {
        Path markdown = file("quiz.md", "## A Markdown quiz\n\n- ( ) a\n- (x) b\n");
        Run r = run("import-gift", markdown.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(List.of(markdown + ": not a GIFT file: no question with its answers in braces, like 'Who is "
                + "buried in Grant's tomb? {=no one ~Grant}'"), r.errLines());

        Path broken = file("broken.gift", "// one question, its brace never closed\nWho is buried in Grant's tomb? {\n=no one\n");
        Run k = run("import-gift", broken.toString());
        assertEquals(2, k.code());
        assertEquals(List.of(broken + ": not a GIFT file: no question with its answers in braces, like 'Who is "
                + "buried in Grant's tomb? {=no one ~Grant}'; line 2 comes closest, but '{' is never closed with '}' "
                + "before the blank line that ends the question"), k.errLines());

        for (String[] f : new String[][] {
                {"data.json", "{\n  \"name\": \"x\",\n  \"size\": 2\n}\n\n{\"other\": {}}\n"},
                {"style.css", "body { color: #222; }\n\na:focus { outline: 2px solid; }\n"},
                {"Id.java", "package x;\n\nrecord Id(long value) {}\n\nclass A {\n    int b() {\n        return 1;\n    }\n}\n"}}) {
            Path p = file(f[0], f[1]);
            Run c = run("import-gift", p.toString());
            assertEquals(2, c.code(), f[0]);
            assertEquals(List.of(p + ": not a GIFT file: no question with its answers in braces, like 'Who is "
                    + "buried in Grant's tomb? {=no one ~Grant}'"), c.errLines());
        }

        Path binary = dir.resolve("photo.gift");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, '{', '}'});
        Run b = run("import-gift", binary.toString());
        assertEquals(2, b.code());
        assertEquals(List.of("import-gift: " + binary + " is not UTF-8 text (save it as UTF-8 and try again)"),
                b.errLines());

        Path nul = dir.resolve("nul.gift");
        Files.write(nul, "What? {=a}\u0000".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run("import-gift", nul.toString()).code());
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
            Arguments.of(List.of("import-gift"), "import-gift: which file? usage: java -jar sanayan.jar import-gift "
                    + "questions.gift [--out file.quiz.md] [--lang en|fil]"),
            Arguments.of(List.of("import-gift", "q.gift", "--format", "x"), "import-gift: unknown option '--format'"),
            Arguments.of(List.of("import-gift", "q.gift", "--lang"), "import-gift: --lang needs a value"),
            Arguments.of(List.of("import-gift", "q.gift", "--lang", "de"), "import-gift: --lang is en or fil, not 'de'"),
            Arguments.of(List.of("import-gift", "a.gift", "b.gift"),
                    "import-gift: unexpected argument 'b.gift' (one file at a time)"),
            Arguments.of(List.of("import-gift", "q.gift", "--out", "a", "--out", "b"), "import-gift: --out is given twice"),
            Arguments.of(List.of("import-gift", "missing.gift"), "import-gift: cannot read missing.gift: no such file"),
            Arguments.of(List.of("export-gift"), "export-gift: which file? usage: java -jar sanayan.jar export-gift "
                    + "file.quiz.md [--out file.gift]"),
            Arguments.of(List.of("export-gift", "q.quiz.md", "--lang", "en"), "export-gift: unknown option '--lang'"),
            Arguments.of(List.of("export-gift", "missing.quiz.md"), "export-gift: cannot read missing.quiz.md: no "
                    + "such file")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void wrong_arguments_get_a_clear_message_and_exit_2(List<String> args, String message) {
        Run r = run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertEquals(message, r.errLines().get(0));
        assertEquals("", r.out());
    }

    @Test
    void a_folder_or_an_unwritable_out_file_exits_2() throws IOException {
        Run folder = run("import-gift", dir.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().startsWith("import-gift: cannot read " + dir), folder.err());

        Path gift = file("q.gift", "Is it? {T}\n");
        Run out = run("import-gift", gift.toString(), "--out", dir.resolve("no/such/folder/q.quiz.md").toString());
        assertEquals(2, out.code());
        assertTrue(out.err().contains("import-gift: cannot write " + dir.resolve("no/such/folder/q.quiz.md")),
                out.err());
    }

    @Test
    void export_gift_prints_gift_and_reports_what_it_skips() throws IOException {
        Path quiz = file("02-tasks.quiz.md", """
                ## Put the steps in order.

                1. Study the audience
                2. Set the goal

                ## Which are engagement formats?

                - [x] A poll
                - [x] A giveaway
                - [ ] A privacy policy
                """);
        Run r = run("export-gift", quiz.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("// " + quiz + ", exported by Sanayan\n\n[markdown]Which are engagement formats?{\n"
                + "\t~%50%A poll\n\t~%50%A giveaway\n\t~%-50%A privacy policy\n}\n", r.out());
        assertEquals(List.of(
                quiz + ":1: not exported: ordering question: GIFT has no question type for putting items in order",
                "export-gift: 1 question(s) exported, 1 not exported"), r.errLines());
    }

    @Test
    void export_gift_exits_1_for_a_quiz_with_errors_or_nothing_to_export() throws IOException {
        Path broken = file("broken.quiz.md", "## Which?\n\n- ( ) a\n- ( ) b\n");
        Run r = run("export-gift", broken.toString(), "--out", dir.resolve("x.gift").toString());
        assertEquals(1, r.code());
        assertEquals(List.of(broken + ":1: error: single choice needs exactly one '(x)', found 0",
                "export-gift: " + broken + " has errors: fix them first (validate checks whole courses)"), r.errLines());
        assertFalse(Files.exists(dir.resolve("x.gift")));

        Path ordering = file("order.quiz.md", "## In order.\n\n1. a\n2. b\n");
        Run o = run("export-gift", ordering.toString());
        assertEquals(1, o.code());
        assertEquals("export-gift: nothing exported: no question of " + ordering + " has a GIFT equivalent",
                o.errLines().get(1));
    }

    @Test
    void export_gift_reads_a_filipino_translation_without_front_matter() throws IOException {
        Path fil = file("01-a.quiz.fil.md", "## Tama ba?\n\n- (x) Tama\n- ( ) Mali\n");
        Run r = run("export-gift", fil.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("[markdown]Tama ba?{TRUE}\n"), r.out());
    }

    @Test
    void help_lists_both_commands() {
        Run r = run("help");
        assertTrue(r.out().contains("import-gift FILE [--out QUIZ] [--lang en|fil]"), r.out());
        assertTrue(r.out().contains("export-gift QUIZ [--out FILE]"), r.out());
    }
}
