package org.sanayan.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.Accounts;
import org.sanayan.Config;
import org.sanayan.TestApp;
import org.sanayan.TestClock;
import org.sanayan.Web;
import org.sanayan.account.Role;
import org.sanayan.account.UserRepository;
import org.sanayan.db.Database;
import org.sanayan.db.Jdbc;

class QuizFlowsTest {

    @TempDir
    Path data;

    @TempDir
    Path content;

    final TestClock clock = new TestClock();

    @BeforeEach
    void fixture() throws IOException {
        QuizFixture.write(content);
    }

    private void run(TestApp.Scenario scenario) {
        TestApp.run(Config.forTest(data, content), clock, scenario);
    }

    private static Web learner(Web web, String email) {
        Web w = web.otherBrowser();
        Accounts.signup(w, "Learner", email, Accounts.PASSWORD);
        return w;
    }

    /** Starts (or resumes) the quiz of {@code lesson} and returns the attempt's address. */
    private static String start(Web web, String lesson) {
        Web.Page p = web.submit(lesson, lesson + "/quiz/start");
        assertEquals(303, p.status(), "start " + lesson + ": " + p.body());
        return p.header("Location");
    }

    /** The page without the white space between tags, to read lists as a learner sees them. */
    private static String tight(String html) {
        return html.replaceAll(">\\s+<", "><");
    }

    private static long count(Database db, String sql, Object... params) {
        return db.read(c -> Jdbc.count(c, sql, params));
    }

    @Test
    void the_open_attempt_page_holds_the_questions_and_options_but_no_answer_material() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/always");
            AttemptDriver page = new AttemptDriver(lea, attempt);
            String html = page.html();
            for (String secret : List.of("FEEDBACK-", "EXPLAIN-", "zebra", "± 0.5", "42 ", "(x)", "[x]", "data-right",
                    "correct", "checked", "INTRO-MARK")) {
                assertFalse(html.contains(secret), "the page leaks '" + secret + "'");
            }
            assertTrue(html.contains("type=\"radio\""));
            assertTrue(html.contains("type=\"checkbox\""));
            assertTrue(html.contains("type=\"text\""));
            assertTrue(html.contains("<select"));
            for (String shown : List.of("Pick the fruit.", "Tick the colours.", "Name the striped animal.",
                    "What is six times seven?", "Order the numbers.", "Match the pairs.", "Banana", "Meow")) {
                assertTrue(html.contains(shown), shown);
            }
            assertFalse(html.matches("(?s).*value=\"[0-9]\"><label.*"), "option values are opaque, not indexes");
            String matching = html.substring(html.indexOf("Match the pairs."));
            matching = matching.substring(0, matching.indexOf("</fieldset>"));
            var choosers = java.util.regex.Pattern.compile("(?s)<select[^>]*>(.*?)</select>").matcher(matching)
                    .results().map(r -> r.group(1)).toList();
            assertEquals(3, choosers.size());
            assertEquals(1, choosers.stream().distinct().count(),
                    "every left side offers the same right sides in the same order, so no chooser hints at its pair");
            assertFalse(choosers.get(0).contains("selected"));

            String other = start(learner(web, "other@example.ph"), "/courses/q/m/always");
            assertNotEquals(attempt, other);
        });
    }

    @Test
    void fail_then_retry_the_missed_then_pass_completes_the_lesson() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/after");
            Web.Page sent = new AttemptDriver(lea, attempt).choose("Pick the fruit.", "Banana")
                    .choose("Tick the colours.", "Red").type("Name the striped animal.", "horse").submit();
            assertEquals(303, sent.status());
            assertEquals(attempt + "/result", sent.header("Location"));
            String result = lea.get(attempt + "/result").body();
            for (String page : List.of(result, lea.get("/courses/q/m/after/quiz").body())) {
                assertTrue(page.contains("<li><a href=\"/courses/q/m\">M</a></li>")
                        && page.contains("<li><a href=\"/courses/q/m/after\">Lesson after</a></li>"),
                        "breadcrumbs lead back through the module and the lesson: " + page);
            }
            assertTrue(result.contains("<li><a href=\"/courses/q/m/after/quiz\">Quiz</a></li>"));
            assertTrue(result.contains("Your score: 25% (1 of 6 right)."), result); // 1 + 1/2 + 0 + 0 + 0 + 0 over 6
            assertTrue(result.contains("Not passed yet (pass mark 60%)."));
            assertTrue(result.contains("FEEDBACK-BANANA"), "after-pass, failed: the feedback of what was picked");
            assertFalse(result.contains("EXPLAIN-"), "after-pass, failed: no explanations");
            assertFalse(result.contains("Right answer:"), "after-pass, failed: no right answers");
            String lessonPage = lea.get("/courses/q/m/after").body();
            assertTrue(lessonPage.contains("Attempts: 1 used (no limit)"));
            int rule = lessonPage.indexOf("Pass this lesson's quiz to complete it.");
            assertTrue(rule > lessonPage.indexOf("class=\"quizbox\"") && rule < lessonPage.indexOf("</section>",
                    lessonPage.indexOf("class=\"quizbox\"")), "the completion rule sits in the quiz box, once");
            assertEquals(rule, lessonPage.lastIndexOf("Pass this lesson's quiz to complete it."));
            assertFalse(lea.get("/courses/q").body().contains("<li class=\"done\"><a href=\"/courses/q/m/after\">"));

            Web.Page retry = lea.submit(attempt + "/result", "/courses/q/m/after/quiz/retry");
            String retryAttempt = retry.header("Location");
            AttemptDriver second = new AttemptDriver(lea, retryAttempt);
            assertFalse(second.html().contains("Pick the fruit."), "a question right last time is kept, not asked");
            assertTrue(second.html().contains("Tick the colours."), "partly right counts as missed");
            assertTrue(second.html().contains("This attempt asks only the 5 questions you missed. Your 1 right answer is kept."),
                    second.html());
            second.allRight().submit();
            String passed = lea.get(retryAttempt + "/result").body();
            assertTrue(passed.contains("Your score: 100% (6 of 6 right)."), passed);
            assertTrue(passed.contains("You passed"));
            assertTrue(passed.contains("EXPLAIN-TWO"), "after-pass, passed: everything");
            assertTrue(passed.contains("1 question answered right before was kept in this score."), passed);
            String carried = passed.substring(passed.indexOf("Carried over from your earlier attempt"));
            assertTrue(carried.contains("Pick the fruit.") && carried.contains("Right in an earlier attempt")
                    && carried.contains("EXPLAIN-ONE"), "the kept question is shown, revealed once passed: " + carried);
            assertTrue(lea.get("/courses/q").body().contains("<li class=\"done\"><a href=\"/courses/q/m/after\">"),
                    "passing the quiz completed the lesson");
            assertTrue(lea.get("/courses/q/m/after/quiz").body().contains("Attempt 2: 100% · Passed"));
        });
    }

    @Test
    void the_result_says_how_many_answers_were_right_and_shows_whole_percentages_without_a_decimal() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String one = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, one).choose("Pick the fruit.", "Banana").submit();
            String failed = lea.get(one + "/result").body();
            assertTrue(failed.contains("Your score: 16.7% (1 of 6 right)."), "1/6 keeps its decimal: " + failed);
            assertTrue(failed.contains("<p class=\"score failed\"><strong class=\"error\"><span aria-hidden=\"true\">✗</span> "
                    + "Not passed yet (pass mark 60%).</strong>"), "the failed verdict stands out: " + failed);

            String all = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, all).allRight().submit();
            String passed = lea.get(all + "/result").body();
            assertTrue(passed.contains("Your score: 100% (6 of 6 right)."), passed);
            assertFalse(passed.contains("100.0%"), "no decimal on a whole number");
            assertTrue(passed.contains("<span aria-hidden=\"true\">✓</span> You passed (pass mark 60%)."));
            String quizPage = lea.get("/courses/q/m/always/quiz").body();
            assertTrue(quizPage.contains("Attempt 1: 16.7%") && quizPage.contains("Attempt 2: 100% · Passed"), quizPage);
            assertTrue(quizPage.contains("Your best score: 100%"), quizPage);
        });
    }

    @Test
    void matching_and_ordering_answers_on_the_result_page_read_one_pair_or_item_per_line() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, attempt).pick("Match the pairs.", "Cat", "Woof").pick("Match the pairs.", "Dog", "Woof")
                    .pick("Order the numbers.", "Two", "1").pick("Order the numbers.", "One", "2").submit();
            String result = tight(lea.get(attempt + "/result").body());
            assertTrue(result.contains("Your answer:</span></p><ul class=\"answer-lines\"><li>Cat → Woof</li>"
                    + "<li>Dog → Woof</li><li>Cow → —</li></ul>"), "a pair left open shows a dash on its own line: " + result);
            assertTrue(result.contains("Your answer:</span></p><ul class=\"answer-lines\"><li>1. Two</li><li>2. One</li></ul>"),
                    result);
            assertTrue(result.contains("Your answer:</span> Banana") || result.contains("Your answer:</span> (no answer)"),
                    "other types stay on one line");
            assertFalse(result.contains("Cat → Meow; Dog → Woof"), "no long joined string");
        });
    }

    @Test
    void questions_carried_over_from_the_earlier_attempt_are_marked_right() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String first = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, first).choose("Pick the fruit.", "Banana").choose("Tick the colours.", "Chair").submit();
            String failed = tight(lea.get(first + "/result").body());
            assertTrue(failed.contains("<li class=\"wrong\"><p class=\"verdict\"><strong><span class=\"error\" "
                    + "aria-hidden=\"true\">✗</span> Wrong</strong>"), "a wrong answer has a visible mark: " + failed);
            String retry = lea.submit(first + "/result", "/courses/q/m/always/quiz/retry").header("Location");
            new AttemptDriver(lea, retry).allRight().submit();
            String result = tight(lea.get(retry + "/result").body());
            String kept = result.substring(result.indexOf("Carried over from your earlier attempt"));
            assertTrue(kept.contains("<ul class=\"results\" lang=\"en\"><li class=\"right\"><p class=\"verdict\"><strong>"
                    + "<span class=\"tick\" aria-hidden=\"true\">✓</span> Right in an earlier attempt</strong>"), kept);
        });
    }

    @Test
    void retry_the_missed_is_not_offered_when_nothing_was_right_because_it_would_be_the_whole_quiz_again() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String first = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, first).choose("Pick the fruit.", "Alpha").submit();
            String result = lea.get(first + "/result").body();
            assertTrue(result.contains("Your score: 0% (0 of 6 right)."), result);
            assertFalse(result.contains("Retry the ones I missed"), result);
            assertFalse(lea.get("/courses/q/m/always").body().contains("Retry the ones I missed"));
            String again = lea.submit(first + "/result", "/courses/q/m/always/quiz/retry").header("Location");
            AttemptDriver page = new AttemptDriver(lea, again);
            assertTrue(page.html().contains("Question 1 of 6."), "a fresh attempt with every question");
            assertFalse(page.html().contains("you missed"), "and no note about kept answers: " + page.html());
        });
    }

    @Test
    void the_retry_notes_use_plurals_in_english_and_the_number_with_tanong_in_filipino() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String first = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, first).choose("Pick the fruit.", "Banana").choose("Tick the colours.", "Red", "Blue")
                    .type("What is six times seven?", "42").pick("Order the numbers.", "One", "1")
                    .pick("Order the numbers.", "Two", "2").pick("Order the numbers.", "Three", "3")
                    .pick("Match the pairs.", "Cat", "Meow").pick("Match the pairs.", "Dog", "Woof")
                    .pick("Match the pairs.", "Cow", "Moo").submit(); // all but the striped animal
            String retry = lea.submit(first + "/result", "/courses/q/m/always/quiz/retry").header("Location");
            AttemptDriver one = new AttemptDriver(lea, retry);
            assertTrue(one.html().contains("This attempt asks only the 1 question you missed. Your 5 right answers are kept."),
                    one.html());
            lea.get("/?lang=fil");
            assertTrue(lea.get(retry).body().contains("Ang 1 tanong lang na namali mo ang nasa subok na ito. "
                    + "Nananatili ang 5 tanong na tama mo."));
            lea.get("/?lang=en");
            one.allRight().submit();
            assertTrue(lea.get(retry + "/result").body().contains("5 questions answered right before were kept in this score."));
        });
    }

    /** Passes every lesson's quiz of {@link QuizFixture}, which opens the final exam. */
    private static void passEveryLesson(Web lea) {
        for (String l : List.of("always", "after", "never", "limited")) {
            new AttemptDriver(lea, start(lea, "/courses/q/m/" + l)).allRight().submit();
        }
    }

    /** The exam of {@link QuizFixture} with an attempt limit, as a course's final exam usually has. */
    private void limitedExam() throws IOException {
        Files.writeString(content.resolve("q/exam.quiz.md"), """
                ---
                pass: 50
                attempts: 3
                ---

                ## Which is a fruit?

                - (x) Mango
                - ( ) Brick
                """);
    }

    @Test
    void the_final_exam_is_called_an_exam_and_says_that_starting_uses_one_of_its_attempts() throws IOException {
        limitedExam();
        run((web, db) -> {
            String visitor = web.get("/courses/q/exam").body();
            assertTrue(visitor.contains("<h2>Final exam</h2>"), visitor);
            assertTrue(visitor.contains("Log in to take the exam."));
            assertFalse(visitor.contains("take the quiz"));

            Web lea = learner(web, "lea@example.ph");
            passEveryLesson(lea);
            String exam = lea.get("/courses/q/exam").body();
            assertTrue(exam.contains("<h2>Final exam</h2>") && exam.contains(">Start the exam</button>"), exam);
            assertFalse(exam.contains("Start the quiz"));
            assertTrue(exam.contains("Starting uses 1 of your 3 attempts left."), exam);
            lea.get("/?lang=fil");
            String fil = lea.get("/courses/q/exam").body();
            assertTrue(fil.contains(">Simulan ang exam</button>"), fil);
            assertTrue(fil.contains("Kapag nagsimula ka, magagamit ang 1 sa 3 natitira mong subok."), fil);
        });
    }

    @Test
    void a_passed_final_exam_offers_no_more_attempts_only_the_way_back_to_the_course() throws IOException {
        limitedExam();
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            passEveryLesson(lea);
            String attempt = lea.submit("/courses/q/exam", "/courses/q/exam/start").header("Location");
            new AttemptDriver(lea, attempt).choose("Which is a fruit?", "Mango").submit();
            for (String page : List.of(lea.get("/courses/q/exam").body(), lea.get(attempt + "/result").body())) {
                assertTrue(page.contains("You passed the final exam.")
                        && page.contains("<a class=\"button\" href=\"/courses/q\">Back to the course</a>"), page);
                assertFalse(page.contains("/courses/q/exam/start"), "no Start button: " + page);
                assertFalse(page.contains("/courses/q/exam/retry"));
                assertFalse(page.contains("Starting uses"), "no invitation to spend an attempt");
                assertTrue(page.contains("Attempts: 1 of 3 used, 2 left"), "the rules still say where the learner stands");
            }
        });
    }

    @Test
    void a_limited_quiz_says_what_starting_and_retrying_cost_and_explains_the_retry_in_one_line() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            assertTrue(lea.get("/courses/q/m/limited").body().contains("Starting uses 1 of your 2 attempts left."));
            assertFalse(lea.get("/courses/q/m/always").body().contains("Starting uses"), "no limit, nothing to warn of");
            String first = start(lea, "/courses/q/m/limited");
            new AttemptDriver(lea, first).choose("Pick the fruit.", "Banana").submitWithBlanks();
            String box = lea.get("/courses/q/m/limited").body();
            assertTrue(box.contains("Starting or retrying uses your last attempt."), box);
            assertTrue(box.contains("“Retry the ones I missed” asks again only the questions you did not get fully "
                    + "right; your right answers are kept."));
            lea.get("/?lang=fil");
            assertTrue(lea.get("/courses/q/m/limited").body()
                    .contains("Kapag nagsimula o umulit ka, magagamit mo na ang huli mong subok."));
        });
    }

    @Test
    void the_attempt_page_says_answers_are_saved_only_on_submit_and_a_blank_answer_counts_as_wrong() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/always");
            String html = new AttemptDriver(lea, attempt).html();
            String note = "Your answers are saved only when you press “Submit my answers”. A question left blank counts "
                    + "as wrong.";
            assertTrue(html.contains(note), html);
            assertTrue(html.indexOf(note) < html.indexOf(">Submit my answers</button>"), "the note comes before Submit");
            assertTrue(lea.get("/courses/q/m/always").body().contains(">Continue your attempt</button>"));
        });
    }

    @Test
    void a_limited_quiz_asks_once_before_grading_blank_answers_and_keeps_what_was_answered() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/limited");
            AttemptDriver form = new AttemptDriver(lea, attempt);
            String colours = form.field("Tick the colours.").substring(1);
            String pairs = form.field("Match the pairs.").substring(1);
            String blanks = Integer.parseInt(colours) < Integer.parseInt(pairs) ? colours + ", " + pairs
                    : pairs + ", " + colours;
            Web.Page asked = form.choose("Pick the fruit.", "Banana").type("Name the striped animal.", "zebra")
                    .type("What is six times seven?", "42").pick("Order the numbers.", "One", "1")
                    .pick("Order the numbers.", "Two", "2").pick("Order the numbers.", "Three", "3")
                    .pick("Match the pairs.", "Cat", "Meow").submit(); // the colours blank, two pairs unmatched
            assertEquals(422, asked.status());
            String page = asked.body();
            assertTrue(page.contains("Questions " + blanks + " are not answered, or only partly. A blank answer counts "
                    + "as wrong. Answer them now, or press “Submit my answers” again to hand in your answers as they are."),
                    page);
            assertTrue(page.contains("value=\"zebra\"") && page.contains("value=\"42\""), "typed answers are kept");
            assertTrue(page.contains("<fieldset class=\"question blank\" id=\"q" + colours + "\">")
                    && page.contains("<fieldset class=\"question blank\" id=\"q" + pairs + "\">"), "the blank ones are marked");
            assertEquals(2, page.split("Not answered yet, or only partly.", -1).length - 1, "and only those");
            assertTrue(page.matches("(?s).*<input type=\"radio\"[^>]*checked><label[^>]*>Banana</label>.*"),
                    "the choice is still ticked");
            assertTrue(page.matches("(?s).*selected>Meow</option>.*"), "the match is still chosen");
            assertEquals(0L, count(db, "SELECT COUNT(*) FROM quiz_attempts WHERE submitted_at IS NOT NULL"),
                    "nothing graded yet");
            assertTrue(lea.get("/courses/q/m/limited").body().contains("Attempts: 0 of 2 used, 2 left"));

            lea.get("/?lang=fil");
            assertTrue(new AttemptDriver(lea, attempt).choose("Pick the fruit.", "Banana").submit().body()
                    .contains("Wala pang sagot, o kulang pa ang sagot, ang mga tanong bilang "), "in Filipino too");
            lea.get("/?lang=en");

            Web.Page handedIn = new AttemptDriver(lea, attempt).choose("Pick the fruit.", "Banana").submitWithBlanks();
            assertEquals(303, handedIn.status());
            assertTrue(lea.get(attempt + "/result").body().contains("Your score: 16.7% (1 of 6 right)."));

            String unlimited = start(lea, "/courses/q/m/always");
            assertEquals(303, new AttemptDriver(lea, unlimited).submit().status(),
                    "without a limit a blank answer costs nothing: graded at once");
        });
    }

    @Test
    void the_locked_exam_says_how_many_lessons_are_left_and_links_the_next_one() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String exam = lea.get("/courses/q/exam").body();
            assertTrue(exam.contains("The final exam opens when every lesson is complete: 4 lessons left. "
                    + "<a href=\"/courses/q/m/always\">Next lesson: Lesson always</a>"), exam);
            for (String l : List.of("always", "after", "never")) {
                new AttemptDriver(lea, start(lea, "/courses/q/m/" + l)).allRight().submit();
            }
            assertTrue(lea.get("/courses/q/exam").body().contains("The final exam opens when every lesson is complete: "
                    + "1 lesson left. <a href=\"/courses/q/m/limited\">Next lesson: Lesson limited</a>"));
            lea.get("/?lang=fil");
            assertTrue(lea.get("/courses/q/exam").body().contains("Magbubukas ang final exam kapag tapos na ang lahat ng "
                    + "aralin: 1 aralin pa ang natitira. <a href=\"/courses/q/m/limited\">Susunod na aralin: Lesson limited</a>"));
        });
    }

    @Test
    void passing_a_lesson_quiz_says_the_lesson_is_complete_and_leads_on_to_the_next_lesson() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, attempt).allRight().submit();
            String result = lea.get(attempt + "/result").body();
            assertTrue(result.contains("Lesson complete."), result);
            String next = "<a class=\"button\" href=\"/courses/q/m/after\">Next lesson: Lesson after</a>";
            assertTrue(result.contains(next));
            assertTrue(result.indexOf(next) < result.indexOf("<ol class=\"results\""), "the way on comes first");
            assertTrue(result.contains("class=\"button secondary\">Take the quiz again</button>"), result);
            assertFalse(result.contains("Start the quiz"));
            String lesson = lea.get("/courses/q/m/always").body();
            assertTrue(lesson.contains("class=\"button secondary\">Take the quiz again</button>"), lesson);
            assertFalse(lesson.contains("Start the quiz"));
            assertTrue(tight(lesson).contains("You completed this lesson.</p><p>" + next + "</p>"),
                    "the lesson page leads on with a button too: " + lesson);
            lea.get("/?lang=fil");
            String fil = lea.get(attempt + "/result").body();
            assertTrue(fil.contains("Tapos na ang aralin.") && fil.contains(">Susunod na aralin: Lesson after</a>")
                    && fil.contains(">Sagutan muli ang quiz</button>"), fil);
        });
    }

    @Test
    void passing_the_last_lesson_leads_to_the_exam_when_it_is_open_and_else_back_to_the_course() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String early = start(lea, "/courses/q/m/limited");
            new AttemptDriver(lea, early).allRight().submit();
            assertTrue(lea.get(early + "/result").body()
                    .contains("<a class=\"button\" href=\"/courses/q\">Back to the course</a>"), "lessons still to do");
            for (String l : List.of("always", "after", "never")) {
                new AttemptDriver(lea, start(lea, "/courses/q/m/" + l)).allRight().submit();
            }
            String last = start(lea, "/courses/q/m/limited");
            new AttemptDriver(lea, last).allRight().submit();
            assertTrue(lea.get(last + "/result").body()
                    .contains("<a class=\"button\" href=\"/courses/q/exam\">Take the final exam</a>"));
        });
    }

    @Test
    void a_failed_result_shows_what_to_do_next_above_the_questions() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/after");
            new AttemptDriver(lea, attempt).choose("Pick the fruit.", "Banana").submit();
            String result = lea.get(attempt + "/result").body();
            int list = result.indexOf("<ol class=\"results\"");
            String advice = "Before you try again, re-read the lesson: <a href=\"/courses/q/m/after\">Lesson after</a>";
            assertTrue(result.contains(advice), result);
            for (String first : List.of(advice, ">Start the quiz</button>", ">Retry the ones I missed</button>")) {
                assertTrue(result.indexOf(first) > 0 && result.indexOf(first) < list, first + " comes before the questions");
            }
            assertFalse(result.contains("Lesson complete."));
            new AttemptDriver(lea, start(lea, "/courses/q/m/after")).allRight().submit();
            assertFalse(lea.get(attempt + "/result").body().contains("Before you try again"),
                    "the old failed result gives no advice once the quiz is passed");
        });
    }

    @Test
    void start_resumes_the_open_attempt() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String first = start(lea, "/courses/q/m/always");
            assertTrue(lea.get("/courses/q/m/always").body().contains("Continue your attempt"));
            assertEquals(first, start(lea, "/courses/q/m/always"));
            assertEquals(1L, count(db, "SELECT COUNT(*) FROM quiz_attempts"));
        });
    }

    @Test
    void the_attempt_limit_holds_until_an_admin_grants_extra_attempts() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            for (int i = 0; i < 2; i++) {
                new AttemptDriver(lea, start(lea, "/courses/q/m/limited")).submitWithBlanks();
            }
            String box = lea.get("/courses/q/m/limited").body();
            assertTrue(box.contains("Attempts: 2 of 2 used, 0 left"), box);
            assertTrue(box.contains("You have used every attempt of this quiz."));
            Web.Page refused = lea.submit("/courses/q/m/limited", "/courses/q/m/limited/quiz/start");
            assertEquals(409, refused.status());
            assertTrue(refused.body().contains("You have used every attempt"));

            Web admin = learner(web, "ada@example.ph");
            var users = new UserRepository(db);
            users.grant(users.findByEmail("ada@example.ph").orElseThrow().id(), Role.ADMIN, Instant.now());
            long leaId = users.findByEmail("lea@example.ph").orElseThrow().id();
            String adminPage = admin.get("/admin/users/" + leaId).body();
            assertTrue(adminPage.contains("Quiz: Lesson limited"), adminPage);
            assertEquals(303, admin.submit("/admin/users/" + leaId, "/admin/users/" + leaId + "/attempts",
                    "quiz", "q/m/limited", "extra", "1").status());
            assertEquals(403, lea.submit("/courses/q/m/limited", "/admin/users/" + leaId + "/attempts", "quiz",
                    "q/m/limited", "extra", "5").status(), "only admins grant attempts");
            assertTrue(lea.get("/courses/q/m/limited").body().contains("Attempts: 2 of 3 used, 1 left"));
            assertEquals(303, lea.submit("/courses/q/m/limited", "/courses/q/m/limited/quiz/start").status());
        });
    }

    @Test
    void each_reveal_mode_shows_what_it_allows_after_a_failed_and_a_passed_attempt() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            // always: everything, even after failing
            String failedAlways = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, failedAlways).choose("Pick the fruit.", "Alpha").submit();
            String always = lea.get(failedAlways + "/result").body();
            assertTrue(always.contains("FEEDBACK-ALPHA"));
            assertTrue(always.contains("Right answer:</span> Banana"), always);
            assertTrue(always.contains("EXPLAIN-ONE"));
            assertTrue(always.contains("Your answer:</span> Alpha"));
            assertTrue(tight(always).contains("Right answer:</span></p><ul class=\"answer-lines\"><li>1. One</li>"
                    + "<li>2. Two</li><li>3. Three</li></ul>"), "one item per line: " + always);
            assertTrue(tight(always).contains("Right answer:</span></p><ul class=\"answer-lines\"><li>Cat → Meow</li>"
                    + "<li>Dog → Woof</li><li>Cow → Moo</li></ul>"), "one pair per line");
            String passedAlways = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, passedAlways).allRight().submit();
            String always2 = lea.get(passedAlways + "/result").body();
            assertTrue(always2.contains("You passed") && always2.contains("EXPLAIN-SIX")
                    && always2.contains("Right answer:</span> zebra"), "always, passed: everything too");

            // never: right or wrong only, failed or passed
            String neverFailed = start(lea, "/courses/q/m/never");
            new AttemptDriver(lea, neverFailed).choose("Pick the fruit.", "Alpha").submit();
            String never = lea.get(neverFailed + "/result").body();
            assertTrue(never.contains("✗</span> Wrong</strong>"));
            assertFalse(never.contains("FEEDBACK-"));
            assertFalse(never.contains("EXPLAIN-"));
            assertFalse(never.contains("Right answer:"));
            assertTrue(never.contains("This quiz shows only which answers were right or wrong."));
            String neverPassed = start(lea, "/courses/q/m/never");
            new AttemptDriver(lea, neverPassed).allRight().submit();
            String never2 = lea.get(neverPassed + "/result").body();
            assertTrue(never2.contains("You passed"));
            assertFalse(never2.contains("EXPLAIN-"));
            assertFalse(never2.contains("Right answer:"));

            // after-pass: passed at once shows everything
            String afterPassed = start(lea, "/courses/q/m/after");
            new AttemptDriver(lea, afterPassed).allRight().submit();
            String after = lea.get(afterPassed + "/result").body();
            assertTrue(after.contains("EXPLAIN-SIX"));
            assertTrue(after.contains("FEEDBACK-ZEBRA"), "the feedback of the accepted answer typed");
            assertTrue(after.contains("Right answer:</span> zebra"));
        });
    }

    @Test
    void submitting_twice_grades_once_and_another_learners_attempt_is_forbidden() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/always");
            AttemptDriver form = new AttemptDriver(lea, attempt).allRight();
            assertEquals(303, form.submit().status());
            String firstSubmitted = db.read(c -> Jdbc.one(c, "SELECT submitted_at FROM quiz_attempts",
                    rs -> rs.getString(1)).orElseThrow());
            clock.advance(java.time.Duration.ofMinutes(5));
            Web.Page again = form.submit(); // the back button, a double click
            assertEquals(303, again.status());
            assertEquals(attempt + "/result", again.header("Location"));
            assertEquals(firstSubmitted, db.read(c -> Jdbc.one(c, "SELECT submitted_at FROM quiz_attempts",
                    rs -> rs.getString(1)).orElseThrow()));
            assertEquals(6L, count(db, "SELECT SUM(answered) FROM quiz_question_stats"), "counted once");
            assertEquals(303, lea.get(attempt).status(), "a submitted attempt sends you to its result");

            Web mallory = learner(web, "mallory@example.ph");
            assertEquals(403, mallory.get(attempt).status());
            assertEquals(403, mallory.get(attempt + "/result").status());
            Web.Page post = mallory.post(attempt, "_csrf", Web.csrf(mallory.get("/me")));
            assertEquals(403, post.status());
            assertTrue(post.body().contains("This attempt belongs to someone else."));
            assertEquals(302, web.otherBrowser().get(attempt).status(), "anonymous: log in first");
            assertEquals(404, lea.get("/attempts/no-such-attempt").status());
        });
    }

    @Test
    void forged_option_ids_and_oversized_answers_get_a_clear_400_and_nothing_is_graded() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/always");
            AttemptDriver page = new AttemptDriver(lea, attempt);
            String fruit = page.field("Pick the fruit.");
            String csrf = Web.csrf(lea.get("/me"));
            Web.Page forged = lea.post(attempt, fruit, "0", "_csrf", csrf);
            assertEquals(400, forged.status());
            assertTrue(forged.body().contains("do not belong to this quiz"));
            assertEquals(400, lea.post(attempt, "q99", "x", "_csrf", csrf).status(), "a question that is not there");
            assertEquals(400, lea.postRaw(attempt, fruit + "=%ZZ&_csrf=" + csrf).status(),
                    "a broken escape is refused, not read as a blank answer");
            String order = page.field("Order the numbers.");
            assertEquals(400, lea.post(attempt, order + ".ffffffffffff", "1", "_csrf", csrf).status());
            String animal = page.field("Name the striped animal.");
            Web.Page huge = lea.post(attempt, animal, "z".repeat(1001), "_csrf", csrf);
            assertEquals(400, huge.status());
            assertTrue(huge.body().contains("at most 1,000 characters"));
            assertEquals(0L, count(db, "SELECT COUNT(*) FROM quiz_attempts WHERE submitted_at IS NOT NULL"));
            assertEquals(303, lea.post(attempt, animal, "z".repeat(1000), "_csrf", csrf).status(), "1,000 is fine");
        });
    }

    @Test
    void the_exam_stays_locked_until_every_lesson_is_complete_then_counts_as_a_requirement() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            Web.Page exam = lea.get("/courses/q/exam");
            assertEquals(200, exam.status());
            assertTrue(exam.body().contains("The final exam opens when every lesson is complete: 4 lessons left."),
                    exam.body());
            String course0 = lea.get("/courses/q").body();
            assertTrue(course0.contains("To finish this course: complete every lesson, then pass the final exam."));
            assertTrue(course0.contains("<a href=\"/courses/q/exam\">Final exam</a></h2>")
                    && course0.contains("Pass mark 50%. No limit on attempts."), "the exam is listed with its rules");
            assertEquals(409, lea.submit("/courses/q/exam", "/courses/q/exam/start").status());
            assertTrue(lea.get("/courses/q").body().contains("0 of 5 done, 0% (every lesson and the final exam)"));

            for (String l : List.of("always", "after", "never", "limited")) {
                new AttemptDriver(lea, start(lea, "/courses/q/m/" + l)).allRight().submit();
            }
            String course = lea.get("/courses/q").body();
            assertTrue(course.contains("4 of 5 done, 80%"), course);
            assertTrue(course.contains("<a href=\"/courses/q/exam\">Final exam</a>"), "what's left names the exam");
            String me = lea.get("/me").body();
            assertTrue(me.contains("href=\"/courses/q/exam\">Continue</a> <span class=\"muted\">Final exam: Quiz course"),
                    "continue leads to the exam and says so: " + me);

            Web.Page started = lea.submit("/courses/q/exam", "/courses/q/exam/start");
            assertEquals(303, started.status());
            new AttemptDriver(lea, started.header("Location")).choose("Which is a fruit?", "Mango").submit();
            String finished = lea.get("/courses/q").body();
            assertTrue(finished.contains("5 of 5 done, 100%"));
            assertTrue(finished.contains("Final exam</a> <span class=\"done-note\">✓ Passed</span></h2>"), finished);
            assertTrue(finished.contains("Congratulations: you finished this course! Every lesson is done and the "
                    + "final exam is passed."), finished);
            assertTrue(lea.get("/me").body().contains("You completed every requirement of this course. "
                    + "<a href=\"/courses/q\">Review the course</a>"));
        });
    }

    @Test
    void a_sequential_course_refuses_to_start_a_locked_quiz() throws IOException {
        Path seq = content.resolve("seq");
        org.sanayan.learning.ProgressTestSupport.copy(TestApp.fixture("progress"), content);
        Files.writeString(seq.resolve("02-second/02-e.quiz.md"), "## Two and two?\n\n= 4\n");
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            Web.Page lesson = lea.get("/courses/seq/second/e");
            assertTrue(lesson.body().contains("Not open yet."), lesson.body());
            assertTrue(lesson.body().contains("<a href=\"/courses/seq/first/a\">This course goes in order. First finish: "
                    + "Lesson A</a>"));
            Web.Page refused = lea.submit("/courses/seq/second/e", "/courses/seq/second/e/quiz/start");
            assertEquals(409, refused.status());
        });
    }

    @Test
    void an_old_result_page_still_renders_after_the_quiz_file_changed() throws IOException {
        String[] result = new String[1];
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String attempt = start(lea, "/courses/q/m/always");
            new AttemptDriver(lea, attempt).allRight().submit();
            result[0] = attempt + "/result";
        });
        Path quiz = content.resolve("q/01-m/01-always.quiz.md");
        Files.writeString(quiz, Files.readString(quiz).replace("Pick the fruit.", "Choose a fruit now.")
                .replace("EXPLAIN-ONE", "EXPLAIN-NEW"));
        run((web, db) -> {
            Web lea = web.otherBrowser();
            Accounts.login(lea, "lea@example.ph", Accounts.PASSWORD);
            Web.Page old = lea.get(result[0]);
            assertEquals(200, old.status());
            assertTrue(old.body().contains("Pick the fruit."), "the version the attempt was taken on");
            assertTrue(old.body().contains("EXPLAIN-ONE"));
            assertEquals(2L, count(db, "SELECT COUNT(*) FROM quiz_versions") + 1, "one version stored so far");
            new AttemptDriver(lea, start(lea, "/courses/q/m/always")).submit();
            assertEquals(2L, count(db, "SELECT COUNT(*) FROM quiz_versions"), "the new version is stored too");
        });
    }

    @Test
    void a_logged_in_lesson_page_with_a_quiz_stays_within_three_reads() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            new AttemptDriver(lea, start(lea, "/courses/q/m/always")).submit();
            lea.get("/courses/q/m/always");
            long reads = db.readCount();
            long writes = db.writeCount();
            assertTrue(lea.get("/courses/q/m/always").body().contains("Attempts: 1 used"));
            assertTrue(db.readCount() - reads <= 3, "reads: " + (db.readCount() - reads));
            assertEquals(0, db.writeCount() - writes);
        });
    }

    @Test
    void attempts_are_in_the_data_export_and_deleted_with_the_account_while_question_counters_remain() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            new AttemptDriver(lea, start(lea, "/courses/q/m/always")).type("Name the striped animal.", "my secret")
                    .choose("Pick the fruit.", "Carrot").pick("Match the pairs.", "Dog", "Woof").submit();
            var users = new UserRepository(db);
            new QuizRepository(db).grantExtra(users.findByEmail("lea@example.ph").orElseThrow().id(), "q/m/limited", 2,
                    Instant.parse("2026-11-20T08:00:00Z"));
            String json = lea.get("/me/export").body();
            jakarta.json.JsonObject quizzes;
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
                quizzes = reader.readObject().getJsonObject("quiz_attempts");
            }
            var attempt = quizzes.getJsonArray("attempts").getJsonObject(0);
            assertEquals("q/m/always", attempt.getString("quiz"));
            var byNumber = new java.util.HashMap<Integer, jakarta.json.JsonObject>();
            attempt.getJsonArray("questions").getValuesAs(jakarta.json.JsonObject.class)
                    .forEach(q -> byNumber.put(q.getInt("number"), q));
            assertEquals(6, byNumber.size(), "every question of the attempt, numbered as in the quiz file");
            assertEquals("Pick the fruit.", byNumber.get(1).getString("question"));
            assertEquals("Carrot", byNumber.get(1).getString("answer"), "the answer as the learner saw it");
            assertEquals(0.0, byNumber.get(1).getJsonNumber("score_percent").doubleValue());
            assertEquals(33.3, byNumber.get(6).getJsonNumber("score_percent").doubleValue(), "one pair of three");
            assertEquals("my secret", byNumber.get(3).getString("answer"), "free-text answers are the learner's data");
            assertEquals("Cat → —; Dog → Woof; Cow → —", byNumber.get(6).getString("answer"));
            assertTrue(byNumber.get(2).isNull("answer"), "a question left blank says so");
            var grant = quizzes.getJsonArray("extra_attempts_granted").getJsonObject(0);
            assertEquals("q/m/limited", grant.getString("quiz"));
            assertEquals(2, grant.getInt("extra_attempts"));
            lea.submit("/me/account", "/me/delete", "password", Accounts.PASSWORD);
            assertEquals(0L, count(db, "SELECT COUNT(*) FROM quiz_attempts"));
            assertEquals(6L, count(db, "SELECT SUM(answered) FROM quiz_question_stats"), "aggregates stay");
        });
    }

    @Test
    void starting_a_limited_quiz_many_times_at_once_makes_one_attempt() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            String token = Web.csrf(lea.get("/courses/q/m/limited"));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            List<java.util.concurrent.Future<String>> starts = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                starts.add(pool.submit(() -> lea.post("/courses/q/m/limited/quiz/start", "_csrf", token)
                        .header("Location")));
            }
            java.util.Set<String> addresses = new java.util.HashSet<>();
            for (var f : starts) {
                addresses.add(f.get());
            }
            pool.shutdown();
            assertEquals(1, addresses.size(), "every start resumed the one open attempt: " + addresses);
            assertEquals(1L, count(db, "SELECT COUNT(*) FROM quiz_attempts"));
        });
    }

    @Test
    void a_renamed_lesson_keeps_its_quiz_attempts_and_limit() throws IOException {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            new AttemptDriver(lea, start(lea, "/courses/q/m/limited")).submitWithBlanks();
            new AttemptDriver(lea, start(lea, "/courses/q/m/limited")).submitWithBlanks();
        });
        Path dir = content.resolve("q/01-m");
        Files.move(dir.resolve("04-limited.md"), dir.resolve("04-capped.md"));
        Files.move(dir.resolve("04-limited.quiz.md"), dir.resolve("04-capped.quiz.md"));
        Files.writeString(dir.resolve("04-capped.md"), "---\ntitle: Lesson capped\naliases: [limited]\n---\nText.\n");
        run((web, db) -> {
            Web lea = web.otherBrowser();
            Accounts.login(lea, "lea@example.ph", Accounts.PASSWORD);
            String box = lea.get("/courses/q/m/capped").body();
            assertTrue(box.contains("Attempts: 2 of 2 used, 0 left"), box);
            assertEquals(409, lea.submit("/courses/q/m/capped", "/courses/q/m/capped/quiz/start").status());
        });
    }

    @Test
    void a_lesson_moved_to_another_module_keeps_its_quiz_attempts_and_its_old_address_redirects() throws IOException {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            new AttemptDriver(lea, start(lea, "/courses/q/m/limited")).allRight().submit();
        });
        Path moved = content.resolve("q/02-n");
        Files.createDirectories(moved);
        Files.writeString(moved.resolve("module.md"), "---\ntitle: N\n---\n");
        Files.move(content.resolve("q/01-m/04-limited.quiz.md"), moved.resolve("01-limited.quiz.md"));
        Files.delete(content.resolve("q/01-m/04-limited.md"));
        Files.writeString(moved.resolve("01-limited.md"), "---\ntitle: Lesson limited\naliases: [m/limited]\n---\nText.\n");
        run((web, db) -> {
            Web lea = web.otherBrowser();
            Accounts.login(lea, "lea@example.ph", Accounts.PASSWORD);
            Web.Page old = lea.get("/courses/q/m/limited");
            assertEquals(301, old.status());
            assertEquals("/courses/q/n/limited", old.header("Location"));
            String box = lea.get("/courses/q/n/limited").body();
            assertTrue(box.contains("Attempts: 1 of 2 used, 1 left") && box.contains("Passed"), box);
            assertTrue(lea.get("/courses/q").body().contains("<li class=\"done\"><a href=\"/courses/q/n/limited\">"),
                    "the lesson stays complete in its new module");
        });
    }

    @Test
    void granting_attempts_to_someone_who_does_not_exist_is_a_404() {
        run((web, db) -> {
            Web admin = learner(web, "ada@example.ph");
            var users = new UserRepository(db);
            users.grant(users.findByEmail("ada@example.ph").orElseThrow().id(), Role.ADMIN, Instant.now());
            assertEquals(404, admin.submit("/me", "/admin/users/999999/attempts", "quiz", "q/m/limited", "extra", "1")
                    .status());
            assertEquals(400, admin.submit("/me", "/admin/users/1/attempts", "quiz", "q/m/nothing", "extra", "1")
                    .status());
        });
    }

    @Test
    void a_learner_who_passed_with_every_attempt_used_is_not_told_to_ask_for_more() {
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            for (int i = 0; i < 2; i++) {
                new AttemptDriver(lea, start(lea, "/courses/q/m/limited")).allRight().submit();
            }
            String box = lea.get("/courses/q/m/limited").body();
            assertTrue(box.contains("Attempts: 2 of 2 used, 0 left"), box);
            assertFalse(box.contains("You have used every attempt"), box);
        });
    }

    @Test
    void visitors_see_the_rules_and_are_asked_to_log_in() {
        run((web, db) -> {
            String lesson = web.get("/courses/q/m/limited").body();
            assertTrue(lesson.contains("Pass mark: 60%"));
            assertTrue(lesson.contains("Log in to take the quiz."));
            assertFalse(lesson.contains("to mark lessons as done"), "one login prompt: the quiz completes the lesson");
            assertTrue(lesson.contains("Attempts allowed: 2"), "a visitor learns the limit before signing up");
            assertTrue(web.get("/courses/q/m/always").body().contains("Attempts: no limit"));
            assertFalse(lesson.contains("/quiz/start"));
        });
    }

    @Test
    void a_filipino_reader_matches_in_filipino_and_is_graded_against_the_english_pairs() throws IOException {
        Path m = content.resolve("q/01-m");
        Files.writeString(m.resolve("05-animals.md"), "---\ntitle: Animals\n---\nText.\n");
        Files.writeString(m.resolve("05-animals.fil.md"), "---\ntitle: Mga hayop\n---\nTeksto.\n");
        Files.writeString(m.resolve("05-animals.quiz.md"), """
                ## Match each animal to its group.

                - Cat -> Mammal
                - Dog -> Mammal
                - Eagle -> Bird
                """);
        Files.writeString(m.resolve("05-animals.quiz.fil.md"), """
                ## Itugma ang hayop sa pangkat nito.

                - Pusa -> Mamalya
                - Aso -> Mamalya
                - Agila -> Ibon
                """);
        run((web, db) -> {
            Web lea = learner(web, "lea@example.ph");
            lea.get("/?lang=fil");
            String attempt = start(lea, "/courses/q/m/animals");
            AttemptDriver page = new AttemptDriver(lea, attempt);
            assertEquals(3, page.html().split(">Mamalya</option>", -1).length - 1,
                    "each right side is offered once per chooser: " + page.html());
            Web.Page result = page.pick("Itugma", "Pusa", "Mamalya").pick("Itugma", "Aso", "Mamalya")
                    .pick("Itugma", "Agila", "Ibon").submit();
            assertEquals(303, result.status(), result.body());
            String shown = lea.get(result.header("Location")).body();
            assertTrue(shown.contains("Ang iyong score: 100% (1 sa 1 ang tama)."), shown);
            assertTrue(tight(shown).contains("<li>Pusa → Mamalya</li><li>Aso → Mamalya</li><li>Agila → Ibon</li>"), shown);
        });
    }

    @Test
    void validate_refuses_a_translation_that_pairs_the_right_sides_differently() throws IOException {
        Path m = content.resolve("q/01-m");
        Files.writeString(m.resolve("05-animals.md"), "---\ntitle: Animals\n---\nText.\n");
        Files.writeString(m.resolve("05-animals.quiz.md"), "## Match.\n\n- Cat -> Mammal\n- Dog -> Mammal\n- Eagle -> Bird\n");
        Files.writeString(m.resolve("05-animals.quiz.fil.md"), "## Itugma.\n\n- Pusa -> Mamalya\n- Aso -> Mamalyang aso\n"
                + "- Agila -> Ibon\n");
        var loaded = new org.sanayan.content.ContentLoader().load(content);
        assertTrue(loaded.problems().stream().anyMatch(p -> p.isError() && p.message().contains("right sides")),
                loaded.problems().toString());
    }
}
