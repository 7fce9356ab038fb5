package org.sanayan.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each GIFT construct, as a table: GIFT in, the quiz Markdown and the report (if any) out. */
class GiftImportTest {

    private static String reports(GiftImport.Result r) {
        return String.join("\n", r.reports().stream().map(x -> x.line() + ": " + x.message()).toList());
    }

    static Stream<Arguments> constructs() {
        return Stream.of(
            Arguments.of("multiple choice becomes a single choice",
                "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
                """
                ## Who's buried in Grant's tomb?

                - ( ) Grant
                - ( ) Jefferson
                - (x) no one
                """, ""),
            Arguments.of("answers may stand on their own lines",
                "Japanese characters originally came from what country? {\n    ~India\n    =China\n    ~Korea}",
                """
                ## Japanese characters originally came from what country?

                - ( ) India
                - (x) China
                - ( ) Korea
                """, ""),
            Arguments.of("per-answer feedback becomes feedback lines, #### the explanation",
                "What's between orange and green?{\n=yellow # right; good!\n~red # wrong, it's yellow\n"
                    + "####Yellow lies between them.}",
                """
                ## What's between orange and green?

                - (x) yellow
                  > right; good!
                - ( ) red
                  > wrong, it's yellow

                > Yellow lies between them.
                """, ""),
            Arguments.of("a title is dropped",
                "::Kanji Origins::Japanese characters came from what country? {~India =China}",
                """
                ## Japanese characters came from what country?

                - ( ) India
                - (x) China
                """, ""),
            Arguments.of("comments and categories are ignored",
                "// a comment\n$CATEGORY: tom/dick/harry\n\n// another\nIs it? {=Yes ~No}\n// trailing comment",
                """
                ## Is it?

                - (x) Yes
                - ( ) No
                """, ""),
            Arguments.of("a wrapped question text is one heading",
                "The American holiday of Thanksgiving\nis celebrated in which month? {~October =November}",
                """
                ## The American holiday of Thanksgiving is celebrated in which month?

                - ( ) October
                - (x) November
                """, ""),
            Arguments.of("\\n starts a new paragraph below the heading",
                "Read the caption.\\nNew flavour: mango!\\n\\nWhat does it announce? {=a new drink ~a sale}",
                """
                ## Read the caption.

                New flavour: mango!

                What does it announce?

                - (x) a new drink
                - ( ) a sale
                """, ""),
            Arguments.of("missing word: the text after the answers follows a blank",
                "Grant is {~buried =entombed ~living} in Grant's tomb.",
                """
                ## Grant is ___ in Grant's tomb.

                - ( ) buried
                - (x) entombed
                - ( ) living
                """, "1: changed: missing word: the text after the answers follows a blank (___) in the question"),
            Arguments.of("missing word: punctuation sticks to the blank",
                "Two plus two equals {=four =4}.",
                """
                ## Two plus two equals ___.

                = four
                = 4
                """, "1: changed: missing word: the text after the answers follows a blank (___) in the question"),
            Arguments.of("partial weights of a single choice are dropped",
                "Jesus Christ was from {\n~Jerusalem\n~%25%Bethlehem\n~%50%Galilee\n=Nazareth}",
                """
                ## Jesus Christ was from

                - ( ) Jerusalem
                - ( ) Bethlehem
                - ( ) Galilee
                - (x) Nazareth
                """, "1: changed: weights dropped: only 'Nazareth' is right; 'Bethlehem' (25%), 'Galilee' (50%) "
                    + "score 0 like any wrong answer (Sanayan has no partial credit)"),
            Arguments.of("multiple answer with our own weights converts as is",
                "Which two? {~%-50%No one ~%50%Grant ~%50%Grant's wife ~%-50%Grant's father}",
                """
                ## Which two?

                - [ ] No one
                - [x] Grant
                - [x] Grant's wife
                - [ ] Grant's father
                """, ""),
            Arguments.of("multiple answer: a third is Moodle's 33.33333",
                "Which three? {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-33.33333%d}",
                """
                ## Which three?

                - [x] a
                - [x] b
                - [x] c
                - [ ] d
                """, ""),
            Arguments.of("multiple answer: wrong choices at 0% are reported",
                "Which two? {~No one ~%50%Grant ~%50%Grant's wife}",
                """
                ## Which two?

                - [ ] No one
                - [x] Grant
                - [x] Grant's wife
                """, "1: changed: scored differently: wrong choices at 0% are not penalized in Moodle; Sanayan "
                    + "takes off 50% for each wrong choice ticked"),
            Arguments.of("multiple answer: unequal and heavier weights are reported",
                "Which? {~%25%a ~%75%b ~%-100%c}",
                """
                ## Which?

                - [x] a
                - [x] b
                - [ ] c
                """, "1: changed: scored differently: right choices weigh 25%, 75% in Moodle, 50% each in Sanayan; "
                    + "wrong choices cost 100% in Moodle, 50% each in Sanayan"),
            Arguments.of("true", "The sun rises in the east.{T}",
                """
                ## The sun rises in the east.

                - (x) True
                - ( ) False
                """, ""),
            Arguments.of("TRUE", "The sun rises in the east.{TRUE}",
                """
                ## The sun rises in the east.

                - (x) True
                - ( ) False
                """, ""),
            Arguments.of("F", "The sun rises in the west.{F}",
                """
                ## The sun rises in the west.

                - ( ) True
                - (x) False
                """, ""),
            Arguments.of("FALSE with the feedback for a wrong and for a right answer, and general feedback",
                "42 is the answer to everything.{FALSE#It is the Ultimate Answer.#Right.####A Hitchhiker's joke.}",
                """
                ## 42 is the answer to everything.

                - ( ) True
                  > It is the Ultimate Answer.
                - (x) False
                  > Right.

                > A Hitchhiker's joke.
                """, ""),
            Arguments.of("TRUE with the right-answer feedback only",
                "Water is wet.{TRUE##Yes.}",
                """
                ## Water is wet.

                - (x) True
                  > Yes.
                - ( ) False
                """, ""),
            Arguments.of("short answer",
                "Who's buried in Grant's tomb?{=no one#excellent! =nobody}",
                """
                ## Who's buried in Grant's tomb?

                = no one
                  > excellent!
                = nobody
                """, ""),
            Arguments.of("short answer: partial and catch-all answers are dropped",
                "Which is the best animal?{\n=Frog#Good!\n=%50%Cat#Cats?\n=%0%*#Completely wrong\n}",
                """
                ## Which is the best animal?

                = Frog
                  > Good!
                """, "1: changed: answers with partial or no credit dropped: 'Cat' (50%), the catch-all '*' (0%)"),
            Arguments.of("short answer: a wildcard is reported",
                "Name a frog.{=*frog}",
                """
                ## Name a frog.

                = *frog
                """, "1: changed: '*' is a wildcard in Moodle; Sanayan accepts only the exact text '*frog'"),
            Arguments.of("short answer: all numbers make a numeric question",
                "Two plus two? {=4 =4.0}",
                """
                ## Two plus two?

                = 4
                = 4.0
                """, "1: changed: every accepted answer is a number, so Sanayan grades it as a numeric question "
                    + "(a learner's 4.0 matches 4)"),
            Arguments.of("numeric", "What's 2 plus 2? {#4}",
                """
                ## What's 2 plus 2?

                = 4
                """, ""),
            Arguments.of("numeric with a tolerance", "What is pi? {#3.1415:0.0005}",
                """
                ## What is pi?

                = 3.1415 ± 0.0005
                """, ""),
            Arguments.of("numeric with a zero tolerance", "When was Grant born? {#1822:0#Yes.}",
                """
                ## When was Grant born?

                = 1822
                  > Yes.
                """, ""),
            Arguments.of("numeric range", "What is pi? {#3.141..3.142}",
                """
                ## What is pi?

                = 3.141..3.142
                """, ""),
            Arguments.of("negative numbers", "How cold? {#-5..-3}",
                """
                ## How cold?

                = -5..-3
                """, ""),
            Arguments.of("numeric with several answers: the full-credit ones are kept",
                "When was Grant born? {#\n=1822:0 #Correct!\n=%50%1822:2 #Close.\n=1822.0\n}",
                """
                ## When was Grant born?

                = 1822
                  > Correct!
                = 1822.0
                """, "1: changed: answers with partial credit dropped: 1822 ± 2 (50%)"),
            Arguments.of("numeric: '~' feedback for wrong answers is dropped",
                "What is a number from 1 to 5? {#3:2~#Completely wrong}",
                """
                ## What is a number from 1 to 5?

                = 3 ± 2
                """, "1: changed: the '~' feedback for wrong answers dropped: Sanayan gives feedback on accepted "
                    + "answers only"),
            Arguments.of("matching",
                "Match the capitals. {\n=Canada -> Ottawa\n=Italy  -> Rome\n=Japan->Tokyo\n}",
                """
                ## Match the capitals.

                - Canada -> Ottawa
                - Italy -> Rome
                - Japan -> Tokyo
                """, ""),
            Arguments.of("matching: a right side without a left side is reported",
                "Match. {=cat -> cat food =dog -> dog food = -> bird seed}",
                """
                ## Match.

                - cat -> cat food
                - dog -> dog food
                """, "1: changed: the extra right side 'bird seed' (no left side) dropped: Sanayan offers only the "
                    + "right sides of the pairs"),
            Arguments.of("a '%' that starts no weight is text, as Moodle reads it",
                "Deal?{=Half price ~%50 off the second ~%half%}",
                """
                ## Deal?

                - (x) Half price
                - ( ) %50 off the second
                - ( ) %half%
                """, ""),
            Arguments.of("the right answer of a choice list has no weight, as Moodle reads it",
                "Which? {=%50%a ~b}",
                """
                ## Which?

                - (x) %50%a
                - ( ) b
                """, ""),
            Arguments.of("a weight before a text that starts like one",
                "Which? {=%10% off ~%0%%20% off}",
                """
                ## Which?

                - (x) %10% off
                - ( ) %20% off
                """, ""),
            Arguments.of("a short answer starting like a weight, behind its own weight",
                "Code? {=%100%%20%off}",
                """
                ## Code?

                = %20%off
                """, ""),
            Arguments.of("escapes",
                "Which of \\~ \\= \\# \\{ \\} \\: \\\\ is not special? {~ \\~ #\\~ is special. = \\\\ #Right\\: "
                    + "\\\\ escapes.}",
                """
                ## Which of ~ = # { } : \\\\ is not special?

                - ( ) \\~
                  > \\~ is special.
                - (x) \\\\
                  > Right: \\\\ escapes.
                """, ""),
            Arguments.of("an escaped '=' at the start of an answer",
                "Which answer equals 5? {~ \\= 2 + 2 = \\= 2 + 3}",
                """
                ## Which answer equals 5?

                - ( ) \\= 2 + 2
                - (x) \\= 2 + 3
                """, ""),
            Arguments.of("Markdown characters of plain text are escaped",
                "Is *this* [a link](x) or <b>bold</b> or `code` or snake_case or _this_ or C#? {=\\# yes ~1. no}",
                """
                ## Is \\*this\\* \\[a link\\](x) or \\<b>bold\\</b> or \\`code\\` or snake_case or \\_this\\_ or C#?

                - (x) \\# yes
                - ( ) 1\\. no
                """, ""),
            Arguments.of("[markdown] is kept",
                "[markdown]Who's buried in **Grant's tomb**?{=no one#*excellent*}",
                """
                ## Who's buried in **Grant's tomb**?

                = no one
                  > *excellent*
                """, ""),
            Arguments.of("[markdown]: the first paragraph is the heading, the rest the question text",
                "[markdown]Look at the post\nbelow.\n- a photo\n- a caption\n\\n**Is it shareable?**{=Yes ~No}",
                """
                ## Look at the post below.

                - a photo
                - a caption

                **Is it shareable?**

                - (x) Yes
                - ( ) No
                """, ""),
            Arguments.of("[plain] and [moodle] are text",
                "[plain]Is 2*3 = 6?{=[moodle]*yes* ~[plain]no}",
                """
                ## Is 2\\*3 = 6?

                - (x) \\*yes\\*
                - ( ) no
                """, ""),
            Arguments.of("a heading ending in ' #' keeps its '#'",
                "[markdown]Which key is # {=the hash ~the star}",
                """
                ## Which key is \\#

                - (x) the hash
                - ( ) the star
                """, ""),
            Arguments.of("a left side that looks like a choice marker is escaped",
                "[markdown]Match. {=(x) a tick -> 1 =[ ] a box -> 2}",
                """
                ## Match.

                - \\(x) a tick -> 1
                - \\[ ] a box -> 2
                """, ""),
            Arguments.of("short-answer numbers are written as numbers",
                "How many? {=1. =2,000}",
                """
                ## How many?

                = 1
                = 2000
                """, "1: changed: every accepted answer is a number, so Sanayan grades it as a numeric question "
                    + "(a learner's 4.0 matches 4)"),
            Arguments.of("feedback that is only HTML tags is left out",
                "Which? {=a#[html]<br> ~b}",
                """
                ## Which?

                - (x) a
                - ( ) b
                """, "1: changed: HTML tags removed from the text"),
            Arguments.of("[html] tags are removed, with a report",
                "[html]Match the <b>activity</b> to the <i>description</i>&nbsp;&amp; more.{=A &lt;forum&gt; "
                    + "-> Forum =A wiki -> Wiki}",
                """
                ## Match the activity to the description & more.

                - A \\<forum> -> Forum
                - A wiki -> Wiki
                """, "1: changed: HTML tags removed from the text")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void each_construct_converts_as_the_table_says(String name, String gift, String markdown, String report) {
        GiftImport.Result r = GiftImport.convert(gift, "en");
        assertEquals(markdown, r.markdown());
        assertEquals(report, reports(r));
        assertTrue(r.isGift());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void each_construct_survives_export_and_import(String name, String gift, String markdown, String report) {
        String md = GiftImport.convert(gift, "en").markdown();
        GiftExport.Result exported = GiftExport.export(md, "q.quiz.md", false);
        assertEquals(List.of(), exported.problems());
        // export adds no report of its own, the wildcard warning aside (import gave that one too)
        assertEquals(List.of(), exported.reports().stream().filter(x -> !x.message().contains("wildcard")).toList());
        GiftImport.Result again = GiftImport.convert(exported.gift(), "en");
        assertEquals(md, again.markdown(), exported.gift());
        // nothing new to report: at most a note the first import made too (a wildcard stays a wildcard)
        List<String> first = GiftImport.convert(gift, "en").reports().stream().map(GiftImport.Report::message)
                .toList();
        again.reports().forEach(x -> assertTrue(first.contains(x.message()), x.message()));
    }

    static Stream<Arguments> reported() {
        return Stream.of(
            Arguments.of("an essay", "// essay\n::Q8:: How are you? {}",
                "2: not converted: essay question ({}): Sanayan grades every answer itself and has no essay type"),
            Arguments.of("a description", "\n\nThis part is about Grant.",
                "3: not converted: no answer block in braces: a Moodle description (text only), not a question"),
            Arguments.of("a brace never closed", "Who is\nburied? {\n=no one\n~Grant\n\nNext? {=a}",
                "2: not converted: '{' is never closed with '}' before the blank line that ends the question"),
            Arguments.of("a stray closing brace", "A } B {=a}",
                "1: not converted: '}' without '{' (write \\} for a brace in the text)"),
            Arguments.of("two answer blocks", "A {=a} and\nB {=b}",
                "2: not converted: a second answer block: a GIFT question has one {...}"),
            Arguments.of("a brace inside the block", "A {=a {b}",
                "1: not converted: '{' inside the answer block (write \\{ for a brace)"),
            Arguments.of("a title never closed", "::Title\nWhat? {=a}",
                "1: not converted: the title '::' is never closed with '::' (write \\: for a colon)"),
            Arguments.of("a number that is not one", "How many? {#\n=12\n=1,5}",
                "3: not converted: '1,5' is not a number (GIFT numbers use a decimal point: 7.5)"),
            Arguments.of("a range from high to low", "How many? {#5..1}",
                "1: not converted: range '5..1' goes from high to low"),
            Arguments.of("a matching item without its arrow", "Match. {\n=a -> 1\n=b -> 2\n=c 3}",
                "4: not converted: matching item without '->' (write =left -> right)"),
            Arguments.of("text before the first answer", "Which? {a ~b =c}",
                "1: not converted: choice without '~' before it: 'a'"),
            Arguments.of("a single choice with two full-credit answers", "Which? {=a =b ~c}",
                "1: not converted: 2 answers get full credit: a single choice has exactly one right answer"),
            Arguments.of("a multiple answer with no positive weight", "Which? {~%-50%a ~b}",
                "1: not converted: no choice has a positive weight, so none is right"),
            Arguments.of("a short answer with only partial credit", "Who? {=%50%a =%0%*}",
                "1: not converted: no answer gets full credit (100%), so no answer would be accepted"),
            Arguments.of("a question with a title and no text", "::Only a title::{=a ~b}",
                "1: not converted: the question has no text"),
            Arguments.of("what our checker refuses", "Which? {=only one ~}",
                "1: not converted: Sanayan's checker refuses the result: empty choice"),
            Arguments.of("a text our checker would read as answers", "[markdown]Which?\n- [ ] not a choice{~%100%a ~b}",
                "1: not converted: Sanayan's checker reads the result as another question (multiple answer with 3 "
                    + "answer(s)): its text looks like answers"),
            Arguments.of("a matching of one pair", "Match. {=a -> 1 = -> 2}",
                "1: not converted: Sanayan's checker refuses the result: a matching question needs at least two "
                    + "pairs")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reported")
    void what_cannot_be_converted_is_reported_with_its_line(String name, String gift, String report) {
        GiftImport.Result r = GiftImport.convert(gift, "en");
        assertEquals(report, reports(r));
        int line = Integer.parseInt(report.substring(0, report.indexOf(':')));
        assertTrue(r.questions().stream().allMatch(q -> q.line() > line), r.markdown());
    }

    @Test
    void true_and_false_are_labelled_in_the_quiz_language() {
        assertEquals("""
                ## Mabilis ang internet sa probinsya.

                - ( ) Tama
                - (x) Mali
                """, GiftImport.convert("Mabilis ang internet sa probinsya.{F}", "fil").markdown());
    }

    @Test
    void a_repeated_question_text_gets_a_number_and_a_report() {
        GiftImport.Result r = GiftImport.convert("""
                Who?{=no one}

                Who?{~Grant =no one}

                Who? (2){=nobody}

                Who?{T}
                """, "en");
        assertEquals(List.of("Who?", "Who? (3)", "Who? (2)", "Who? (4)"),
                r.questions().stream().map(q -> q.markdown().lines().findFirst().orElseThrow().substring(3)).toList());
        assertEquals("""
                3: changed: same question text as on line 1: ' (3)' added, as Sanayan refuses repeated questions
                7: changed: same question text as on line 1: ' (4)' added, as Sanayan refuses repeated questions""",
                reports(r));
    }

    @Test
    void a_file_without_any_answer_block_is_not_gift() {
        assertFalse(GiftImport.convert("## A Markdown quiz\n\n- ( ) a\n- (x) b\n", "en").isGift());
        assertFalse(GiftImport.convert("", "en").isGift());
        assertFalse(GiftImport.convert("// only a comment\n", "en").isGift());
        assertFalse(GiftImport.convert("A stray } brace.", "en").isGift());
        assertTrue(GiftImport.convert("How are you? {}", "en").isGift());
        assertTrue(GiftImport.convert("::Q1:: Your plan {}", "en").isGift());
        assertFalse(GiftImport.convert("record Id(long value) {}", "en").isGift());
    }

    @Test
    void a_file_whose_only_question_is_broken_is_not_gift_but_names_the_near_miss() {
        GiftImport.Result r = GiftImport.convert("// c\n\nWho? {\n=a\n", "en");
        assertFalse(r.isGift());
        assertEquals(Optional.of(new GiftImport.Report(3, false, "'{' is never closed with '}' before the blank line "
                + "that ends the question")), r.nearMiss());
        assertEquals(Optional.empty(), GiftImport.convert("{\"a\": 1}", "en").nearMiss());
    }

    static Stream<Arguments> filesWithBracesThatAreNotGift() {
        return Stream.of(
            Arguments.of("JSON", "{\n  \"name\": \"x\",\n  \"tags\": [\"a\", \"b\"]\n}\n"),
            Arguments.of("JSON on one line", "{\"name\": \"x\", \"size\": 2}\n"),
            Arguments.of("CSS", "body { color: #222; margin: 0; }\n\na:focus { outline: 2px solid; }\n"),
            Arguments.of("Java", "package x;\n\nfinal class Fraction {\n    int a = 1;\n\n    int b() {\n        return a;\n"
                    + "    }\n}\n"),
            Arguments.of("Markdown with a code sample", "# Notes\n\nWrite `Map.of(\"a\", 1)` or `{ a: 1 }`.\n\n"
                    + "```js\nconst o = { a: 1, b: [2] };\n```\n")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesWithBracesThatAreNotGift")
    void braces_alone_do_not_make_a_file_gift(String name, String text) {
        assertFalse(GiftImport.convert(text, "en").isGift());
    }

    @Test
    void windows_line_ends_and_a_byte_order_mark_are_read() {
        GiftImport.Result r = GiftImport.convert("\uFEFF// c\r\nIs it?\r\n{=Yes\r\n~No}\r\n\r\nSo?{T}\r\n", "en");
        assertEquals("""
                ## Is it?

                - (x) Yes
                - ( ) No

                ## So?

                - (x) True
                - ( ) False
                """, r.markdown());
        assertEquals("", reports(r));
    }
}
