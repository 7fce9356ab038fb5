package org.sanayan.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our quizzes as GIFT: each question type as a table, what GIFT cannot hold, and round trips. */
class GiftExportTest {

    private static final String HEADER = "// q.quiz.md, exported by Sanayan\n\n";

    private static String reports(GiftExport.Result r) {
        return String.join("\n", r.reports().stream().map(x -> x.line() + ": " + x.message()).toList());
    }

    static Stream<Arguments> questions() {
        return Stream.of(
            Arguments.of("single choice, with feedback and explanation",
                """
                ## Which post is most likely to be shared?

                - ( ) A price list
                  > Useful, but few people pass it on.
                - (x) A short story
                  > Right: people share what says something about them.

                > A shared post reaches people through someone they trust.
                """,
                """
                [markdown]Which post is most likely to be shared?{
                \t~A price list#Useful, but few people pass it on.
                \t=A short story#Right\\: people share what says something about them.
                \t####A shared post reaches people through someone they trust.
                }
                """),
            Arguments.of("multiple answer: +1/k and -1/k as weights",
                """
                ## Which are engagement formats?

                - [x] A poll
                - [x] A giveaway
                - [ ] A privacy policy
                  > Required, but nobody engages with it.
                """,
                """
                [markdown]Which are engagement formats?{
                \t~%50%A poll
                \t~%50%A giveaway
                \t~%-50%A privacy policy#Required, but nobody engages with it.
                }
                """),
            Arguments.of("multiple answer: a third to 5 decimals, as Moodle writes it",
                """
                ## Which three?

                - [x] a
                - [ ] b
                - [x] c
                - [X] d
                """,
                """
                [markdown]Which three?{
                \t~%33.33333%a
                \t~%-33.33333%b
                \t~%33.33333%c
                \t~%33.33333%d
                }
                """),
            Arguments.of("True and False become GIFT's true/false, feedback for the wrong answer first",
                """
                ## Buying followers is safe.

                - ( ) True
                  > It breaks the rules of every network.
                - (x) False
                  > Right.

                > Bought followers never engage.
                """,
                """
                [markdown]Buying followers is safe.{FALSE#It breaks the rules of every network.#Right.####Bought \
                followers never engage.}
                """),
            Arguments.of("Tama and Mali too, with the right-answer feedback only",
                """
                ## Mahalaga ang caption.

                - (x) Tama
                  > Oo.
                - ( ) Mali
                """,
                """
                [markdown]Mahalaga ang caption.{TRUE##Oo.}
                """),
            Arguments.of("False before True stays a choice",
                """
                ## Pick one.

                - (x) False
                - ( ) True
                """,
                """
                [markdown]Pick one.{
                \t=False
                \t~True
                }
                """),
            Arguments.of("short answer",
                """
                ## What is the short name for social media marketing?

                = SMM
                  > The usual spelling.
                = S.M.M.
                """,
                """
                [markdown]What is the short name for social media marketing?{
                \t=SMM#The usual spelling.
                \t=S.M.M.
                }
                """),
            Arguments.of("numeric with a tolerance, ±",
                "## Engagement rate?\n\n= 7.5 ± 0.1\n",
                "[markdown]Engagement rate?{#7.5:0.1}\n"),
            Arguments.of("numeric with a tolerance, +-, and a decimal comma",
                "## Engagement rate?\n\n= 7,5 +- 0,1\n  > Close enough.\n",
                "[markdown]Engagement rate?{#7.5:0.1#Close enough.}\n"),
            Arguments.of("numeric range, thousands and percent",
                """
                ## How many?

                = 7.4..7.6
                = 2,000
                = 70%
                """,
                """
                [markdown]How many?{#
                \t=7.4..7.6
                \t=2000
                \t=70
                }
                """),
            Arguments.of("matching",
                """
                ## Match each metric to its meaning.

                - Reach -> unique people who saw the post
                - Impressions -> times the post was shown

                > One person can make several impressions.
                """,
                """
                [markdown]Match each metric to its meaning.{
                \t=Reach -> unique people who saw the post
                \t=Impressions -> times the post was shown
                \t####One person can make several impressions.
                }
                """),
            Arguments.of("GIFT's special characters are escaped",
                """
                ## What does {x} = ~y # z\\\\: mean?

                - (x) a:b
                - ( ) c=d
                """,
                """
                [markdown]What does \\{x\\} \\= \\~y \\# z\\\\\\\\\\: mean?{
                \t=a\\:b
                \t~c\\=d
                }
                """),
            Arguments.of("what GIFT would read as a weight, a format or a matching arrow stays text",
                """
                ## Which offer?

                = %50% off
                  > Half price -> more sales.
                = [html] page
                """,
                """
                [markdown]Which offer?{
                \t=%100%%50% off#Half price -\\\\> more sales.
                \t=[markdown][html] page
                }
                """),
            Arguments.of("choices starting with '%': no weight after '=', an explicit one after '~' when Moodle would "
                    + "read one",
                """
                ## Which offer?

                - (x) %50% off
                - ( ) %10% off
                - ( ) %5.%x
                - ( ) %5 off
                """,
                """
                [markdown]Which offer?{
                \t=%50% off
                \t~%0%%10% off
                \t~%0%%5.%x
                \t~%5 off
                }
                """),
            Arguments.of("a multiple answer's weights already stand before a text starting with '%'",
                """
                ## Which offers?

                - [x] %50% off
                - [ ] %5 off
                """,
                """
                [markdown]Which offers?{
                \t~%100%%50% off
                \t~%-100%%5 off
                }
                """),
            Arguments.of("an explanation in two quotes and a lazy line",
                """
                ## Why?

                - (x) Because
                - ( ) No

                > One
                continued.

                > Two.
                """,
                """
                [markdown]Why?{
                \t=Because
                \t~No
                \t####One\\ncontinued.\\n\\nTwo.
                }
                """),
            Arguments.of("the question text keeps its lines; \\n stands for blank lines and before a //",
                """
                ## Look at this post.

                A caption:
                - first
                - second
                // not a comment

                ```
                x = 1
                ```

                - ( ) One
                - (x) Two
                """,
                """
                [markdown]Look at this post.\\n
                A caption\\:
                - first
                - second\\n// not a comment\\n
                ```
                x \\= 1
                ```{
                \t~One
                \t=Two
                }
                """),
            Arguments.of("feedback and explanations of several lines stay on one line with \\n",
                """
                ## Why?

                - (x) Because
                  > First line
                  > second line
                  >
                  > - a list
                - ( ) No

                > One.
                >
                > Two.
                """,
                """
                [markdown]Why?{
                \t=Because#First line\\nsecond line\\n\\n- a list
                \t~No
                \t####One.\\n\\nTwo.
                }
                """)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void each_question_type_exports_as_the_table_says(String name, String quiz, String gift) {
        GiftExport.Result r = GiftExport.export(quiz, "q.quiz.md", false);
        assertEquals(List.of(), r.problems());
        assertEquals("", reports(r));
        assertEquals(HEADER + gift, r.gift());
        assertEquals(1, r.exported());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void each_exported_question_imports_to_the_same_question(String name, String quiz, String gift) {
        String lang = quiz.contains("Tama") ? "fil" : "en";
        GiftImport.Result back = GiftImport.convert(GiftExport.export(quiz, "q.quiz.md", false).gift(), lang);
        assertEquals("", String.join("\n", back.reports().stream().map(GiftImport.Report::message).toList()));
        GiftExport.Result again = GiftExport.export(back.markdown(), "q.quiz.md", false);
        assertEquals(HEADER + gift, again.gift(), back.markdown());
    }

    @Test
    void a_quiz_in_the_form_import_writes_survives_export_and_import_unchanged() {
        String quiz = """
                ## Which post is most likely to be shared?

                A milk-tea shop posts on Facebook:

                - a price list
                - a **story**

                - ( ) The price list
                  > Few people pass a price list on.
                  >
                  > Try a story.
                - (x) The story
                  > Right: stories say something about the sharer.

                > Shared posts travel through people.
                >
                > That is why SMM writes for sharing.

                ## Which are engagement formats?

                - [x] A poll
                - [ ] A privacy policy
                - [x] A giveaway

                ## What is the short name of social media marketing?

                = SMM
                  > The usual spelling.
                = S.M.M.

                ## Engagement rate of 150 reactions on a reach of 2,000, in percent?

                = 7.5 ± 0.1
                = 7.4..7.6

                ## Match each metric to its meaning.

                - Reach -> unique people who saw the post
                - Impressions -> times the post was shown

                ## Buying followers is a safe way to grow a page.

                - ( ) True
                  > It breaks the rules.
                - (x) False

                > Bought followers never engage.
                """;
        GiftExport.Result exported = GiftExport.export(quiz, "q.quiz.md", false);
        assertEquals(6, exported.exported());
        GiftImport.Result back = GiftImport.convert(exported.gift(), "en");
        assertEquals(List.of(), back.reports());
        assertEquals(quiz, back.markdown());
    }

    @Test
    void ordering_questions_the_introduction_and_the_settings_are_reported_and_skipped() {
        GiftExport.Result r = GiftExport.export("""
                ---
                pass: 80
                attempts: 3
                ---

                Read the lesson first.

                ## Put the steps of a campaign in order.

                1. Study the audience
                2. Set the goal

                ## Is it?

                - (x) Yes
                - ( ) No
                """, "q.quiz.md", false);
        assertEquals("""
                2: the settings (pass, attempts) are not exported: GIFT holds questions only; set them on the \
                Moodle quiz
                6: the introduction is not exported: GIFT has no place for it
                8: not exported: ordering question: GIFT has no question type for putting items in order""",
                reports(r));
        assertEquals(HEADER + "[markdown]Is it?{\n\t=Yes\n\t~No\n}\n", r.gift());
        assertEquals(1, r.exported());
    }

    @Test
    void a_quiz_with_errors_is_not_exported_and_its_problems_come_back() {
        GiftExport.Result r = GiftExport.export("## Which?\n\n- ( ) a\n- ( ) b\n", "q.quiz.md", false);
        assertTrue(r.hasErrors());
        assertEquals("", r.gift());
        assertEquals(List.of("q.quiz.md:1: error: single choice needs exactly one '(x)', found 0"),
                r.problems().stream().map(p -> p.format("")).toList());
    }

    @Test
    void a_translation_exports_without_front_matter() {
        GiftExport.Result r = GiftExport.export("## Tama ba?\n\n- (x) Tama\n- ( ) Mali\n", "q.quiz.fil.md", true);
        assertEquals("// q.quiz.fil.md, exported by Sanayan\n\n[markdown]Tama ba?{TRUE}\n", r.gift());
    }

    @Test
    void what_gift_cannot_say_is_reported_with_its_line() {
        GiftExport.Result r = GiftExport.export("""
                ## Which arrow?

                = a->b

                ## Match.

                - a->b -> c
                - d -> e

                ## Wildcard?

                = S*M

                ## Eleven right ones?

                - [x] 1
                - [x] 2
                - [x] 3
                - [x] 4
                - [x] 5
                - [x] 6
                - [x] 7
                - [x] 8
                - [x] 9
                - [x] 10
                - [x] 11
                - [ ] 12
                """, "q.quiz.md", false);
        assertEquals("""
                1: not exported: the accepted answer 'a->b' holds '->', which GIFT reads as a matching pair
                5: not exported: the left side 'a->b' holds '->', which GIFT reads as the arrow of the pair
                12: changed: '*' in the accepted answer 'S*M' is a wildcard in Moodle, which then accepts any text in \
                its place; Sanayan accepts only the exact text
                14: changed: 11 right choices weigh 9.09091% each, a grade Moodle does not offer: its import may \
                refuse or round it""", reports(r));
        assertTrue(r.gift().contains("\t~%9.09091%11\n\t~%-9.09091%12\n"), r.gift());
    }
}
