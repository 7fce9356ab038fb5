package org.sanayan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped course, checked against its quality bar. The only test that reads {@code course-content/}; the
 * feature tests use their own fixtures.
 */
class CourseContentTest {

    private static final Path CONTENT = Path.of("course-content");
    private static ContentLoader.Result result;
    private static Course course;

    @BeforeAll
    static void load() {
        result = new ContentLoader().load(CONTENT);
        course = result.catalog().course("smm-foundations").orElseThrow();
    }

    @Test
    void the_shipped_content_is_valid_without_warnings() {
        assertEquals(List.of(), result.problems().stream().map(p -> p.format(CONTENT.toString())).toList());
    }

    @Test
    void the_course_describes_itself_in_both_languages() {
        assertEquals("beginner", course.level());
        assertTrue(course.hours() > 0);
        assertEquals(List.of("en", "fil"), course.languages());
        assertTrue(course.text().has("fil"));
        assertTrue(course.certificate().requires().contains("lessons"));
        course.modules().forEach(m -> assertTrue(m.text().has("fil"), m.slug() + " has module.fil.md"));
    }

    @Test
    void the_course_has_ten_modules_of_at_least_three_lessons_and_32_or_more_lessons() {
        assertEquals(10, course.modules().size());
        course.modules().forEach(m -> assertTrue(m.lessons().size() >= 3, m.slug() + " has " + m.lessons().size()));
        assertTrue(course.lessons().size() >= 32, "lessons: " + course.lessons().size());
        assertTrue(course.modules().subList(0, 5).stream().mapToInt(m -> m.lessons().size()).sum() >= 16,
                "part 1 has 16 or more lessons");
    }

    @Test
    void every_lesson_has_600_to_1200_words_in_english_and_in_filipino() {
        List<String> outside = new ArrayList<>();
        for (Lesson l : course.lessons()) {
            for (String lang : List.of("en", "fil")) {
                assertTrue(l.text().has(lang), l.id() + " has a " + lang + " version");
                int words = l.text().in(lang).words();
                if (words < 600 || words > 1200) {
                    outside.add(l.id() + " (" + lang + "): " + words);
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void every_lesson_has_an_exercise_callout_sections_and_a_summary_in_both_languages() {
        for (Lesson l : course.lessons()) {
            String en = l.text().in("en").body().value();
            String fil = l.text().in("fil").body().value();
            assertEquals(1, count(en, "class=\"callout callout-exercise\""), l.id() + " (en) has one exercise");
            assertEquals(1, count(fil, "class=\"callout callout-exercise\""), l.id() + " (fil) has one exercise");
            assertTrue(en.contains("<strong>Exercise:</strong>"), l.id());
            assertTrue(fil.contains("<strong>Pagsasanay:</strong>"), l.id());
            assertTrue(count(en, "<h2") >= 3, l.id() + " (en) has ## sections");
            assertTrue(count(fil, "<h2") >= 3, l.id() + " (fil) has ## sections");
            assertEquals(count(en, "<h2"), count(fil, "<h2"), l.id() + " has as many ## sections in both languages");
            assertEquals("Summary", lastHeading(en), l.id() + " (en) ends with a summary");
            assertEquals("Buod", lastHeading(fil), l.id() + " (fil) ends with a summary");
        }
    }

    /** The quality bar: the exercise is a practical task on the learner's own account or a sample brand. */
    @Test
    void every_exercise_is_a_task_on_an_account_or_a_brand_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (Lesson l : course.lessons()) {
            for (String lang : List.of("en", "fil")) {
                String body = l.text().in(lang).body().value();
                String exercise = callouts(body, "exercise").get(0).toLowerCase(Locale.ROOT);
                if (PRACTICAL.stream().noneMatch(exercise::contains)) {
                    missing.add(l.id() + " (" + lang + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "exercises naming no account, brand, business or client");
    }

    /** The quality bar: at least one concrete Filipino example (a sari-sari store, a barangay event...). */
    @Test
    void every_lesson_has_a_concrete_filipino_example_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (Lesson l : course.lessons()) {
            for (String lang : List.of("en", "fil")) {
                String text = l.text().in(lang).body().value().toLowerCase(Locale.ROOT);
                if (FILIPINO_EXAMPLES.stream().noneMatch(text::contains)) {
                    missing.add(l.id() + " (" + lang + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "lessons naming no Philippine place, business or community");
    }

    /** The quality bar: no invented statistics; a worked example with prices or rates says it is made up. */
    @Test
    void every_example_with_prices_or_rates_says_it_is_made_up_in_both_languages() {
        java.util.regex.Pattern figures = java.util.regex.Pattern.compile("₱\\s?\\d|\\d\\s?%");
        List<String> unmarked = new ArrayList<>();
        int checked = 0;
        for (Lesson l : course.lessons()) {
            for (String lang : List.of("en", "fil")) {
                for (String example : callouts(l.text().in(lang).body().value(), "example")) {
                    String text = example.toLowerCase(Locale.ROOT);
                    if (!figures.matcher(text).find()) {
                        continue;
                    }
                    checked++;
                    if (MADE_UP.get(lang).stream().noneMatch(text::contains)) {
                        unmarked.add(l.id() + " (" + lang + "): " + text.replaceAll("<[^>]+>", "").strip());
                    }
                }
            }
        }
        assertEquals(List.of(), unmarked);
        assertTrue(checked >= 10, "examples with figures checked: " + checked);
    }

    /** The course's English follows American spelling, as Philippine English does (docs/authoring.md). */
    @Test
    void the_english_pages_use_american_spelling() {
        List<Page> pages = new ArrayList<>(List.of(course.text().english(), course.glossary().orElseThrow().english()));
        course.modules().forEach(m -> pages.add(m.text().english()));
        course.lessons().forEach(l -> pages.add(l.text().english()));
        java.util.regex.Pattern british = java.util.regex.Pattern.compile("(?i)\\b(colour(s|ed)?|centres?|centred"
                + "|behaviours?|favourites?|flavours?|neighbour\\w*|humour|rumours?|\\w+(is|ys)(e|es|ed|ing|ation)"
                + "|practis\\w+|licences?|programmes?|enrolment|travell\\w+|cancell\\w+|labell\\w+)\\b");
        Set<String> allowed = Set.of("advertise", "advertised", "advertises", "advertising", "advise", "advised",
                "advising", "analysis", "compromise", "enterprise", "exercise", "exercises", "expertise", "franchise",
                "merchandise", "noise", "otherwise", "praise", "praised", "praises", "praising", "premise", "promise",
                "promised", "promises", "promising", "raise", "raised", "raises", "raising", "revise", "revised",
                "rise", "rises", "rising", "sunrise", "supervise", "surprise", "surprised", "surprising");
        List<String> found = new ArrayList<>();
        for (Page page : pages) {
            var m = british.matcher(page.title() + " " + page.body().value().replaceAll("<[^>]+>", " "));
            while (m.find()) {
                if (!allowed.contains(m.group().toLowerCase(Locale.ROOT))) {
                    found.add(page.title() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /**
     * Honest hours: the stated hours cover reading every lesson, its quiz (a minute a question) and its exercise
     * (a practical task: a quarter of an hour at least, an hour at most), plus the exam, and not much more.
     * Each lesson's stated minutes match its length read at 150 to 250 words a minute.
     */
    @Test
    void the_course_hours_and_lesson_minutes_are_honest() {
        int reading = 0;
        int questions = course.exam().map(e -> e.settings().pick()).orElse(0);
        for (Lesson l : course.lessons()) {
            int en = l.text().in("en").words();
            int fil = l.text().in("fil").words();
            assertTrue(l.minutes() >= Math.min(en, fil) / 250.0 && l.minutes() <= Math.max(en, fil) / 150.0 + 1,
                    l.id() + " says " + l.minutes() + " minutes for " + en + " (en) and " + fil + " (fil) words");
            reading += l.minutesIn("en");
            questions += l.quiz().orElseThrow().size();
        }
        int lessons = course.lessons().size();
        double least = (reading + questions + 15.0 * lessons) / 60;
        double most = (2.0 * (reading + questions) + 60.0 * lessons) / 60;
        assertTrue(course.hours() >= least && course.hours() <= most,
                "hours: " + course.hours() + ", honest between " + Math.round(least) + " and " + Math.round(most)
                        + " (" + reading + " minutes of reading, " + questions + " questions, " + lessons
                        + " exercises)");
    }

    @Test
    void every_lesson_has_a_quiz_of_4_to_8_questions_in_both_languages_with_pass_70() {
        for (Lesson l : course.lessons()) {
            Quiz q = l.quiz().orElseThrow(() -> new AssertionError(l.id() + " has no quiz"));
            assertTrue(q.text().has("fil"), l.id() + " quiz has a Filipino version");
            assertTrue(q.size() >= 4 && q.size() <= 8, l.id() + " quiz has " + q.size() + " questions");
            assertEquals(70, q.settings().pass(), l.id());
        }
    }

    @Test
    void every_question_has_an_explanation_and_every_wrong_choice_teaches_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (Lesson l : course.lessons()) {
            Quiz quiz = l.quiz().orElseThrow();
            for (String lang : List.of("en", "fil")) {
                for (Question q : quiz.text().in(lang).questions()) {
                    String where = l.id() + " (" + lang + ") line " + q.line();
                    if (q.explanation().isEmpty()) {
                        missing.add(where + ": no explanation");
                    }
                    List<Question.Choice> choices = q.answers() instanceof Question.SingleChoice s ? s.choices()
                            : q.answers() instanceof Question.MultipleAnswer m ? m.choices() : List.of();
                    for (Question.Choice c : choices) {
                        if (!c.right() && c.feedback().isEmpty()) {
                            missing.add(where + ": wrong choice '" + c.text() + "' has no feedback");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void every_module_uses_at_least_three_kinds_of_answer_block() {
        for (Module m : course.modules()) {
            Set<Question.Type> kinds = EnumSet.noneOf(Question.Type.class);
            m.lessons().forEach(l -> l.quiz().orElseThrow().questions().forEach(q -> kinds.add(q.type())));
            assertTrue(kinds.size() >= 3, m.slug() + " uses " + kinds);
        }
    }

    @Test
    void the_final_exam_is_a_pool_of_30_or_more_with_every_answer_kind_drawn_20_at_a_time() {
        Quiz exam = course.exam().orElseThrow(() -> new AssertionError("no exam.quiz.md"));
        assertTrue(exam.size() >= 30, "pool: " + exam.size());
        assertEquals(new Quiz.Settings(80, 3, true, 20, Quiz.Reveal.AFTER_PASS), exam.settings());
        assertTrue(exam.text().has("fil"), "exam.quiz.fil.md");
        Set<Question.Type> kinds = EnumSet.noneOf(Question.Type.class);
        exam.questions().forEach(q -> kinds.add(q.type()));
        assertEquals(EnumSet.allOf(Question.Type.class), kinds);
        assertEquals(List.of("lessons", "exam"), course.certificate().requires());
        for (String lang : List.of("en", "fil")) {
            for (Question q : exam.text().in(lang).questions()) {
                assertTrue(q.explanation().isPresent(), "exam (" + lang + ") line " + q.line() + " explains");
                List<Question.Choice> choices = q.answers() instanceof Question.SingleChoice sc ? sc.choices()
                        : q.answers() instanceof Question.MultipleAnswer m ? m.choices() : List.of();
                choices.stream().filter(c -> !c.right()).forEach(c -> assertTrue(c.feedback().isPresent(),
                        "exam (" + lang + ") line " + c.line() + ": a wrong choice teaches"));
            }
        }
    }

    @Test
    void the_exam_does_not_repeat_the_lesson_quizzes_word_for_word() {
        Set<String> lessonQuestions = new java.util.HashSet<>();
        course.lessons().forEach(l -> l.quiz().orElseThrow().questions()
                .forEach(q -> lessonQuestions.add(QuizParser.normalize(q.titleText()))));
        course.exam().orElseThrow().questions().forEach(q -> assertTrue(
                !lessonQuestions.contains(QuizParser.normalize(q.titleText())), "repeated: " + q.titleText()));
    }

    @Test
    void the_glossary_has_60_or_more_terms_with_the_same_headings_in_both_languages() {
        var glossary = course.glossary().orElseThrow(() -> new AssertionError("no glossary.md"));
        List<String> en = anchors(glossary.in("en").body().value());
        List<String> fil = anchors(glossary.in("fil").body().value());
        assertTrue(glossary.has("fil"), "glossary.fil.md");
        assertTrue(en.size() >= 60, "terms: " + en.size());
        assertEquals(en, fil, "the Filipino glossary keeps the English terms as headings");
    }

    @Test
    void every_glossary_link_in_the_lessons_reaches_an_entry_and_lessons_do_link_terms() {
        Set<String> entries = new java.util.HashSet<>(anchors(course.glossary().orElseThrow().english().body().value()));
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("href=\"/courses/smm-foundations/glossary#([^\"]+)\"");
        int links = 0;
        for (Lesson l : course.lessons()) {
            for (String lang : List.of("en", "fil")) {
                var m = link.matcher(l.text().in(lang).body().value());
                while (m.find()) {
                    links++;
                    assertTrue(entries.contains(m.group(1)), l.id() + " (" + lang + ") links #" + m.group(1));
                }
            }
        }
        assertTrue(links >= course.lessons().size(), "lessons link their terms to the glossary: " + links + " links");
    }

    private static final List<String> PRACTICAL = List.of("account", "brand", "business", "client", "negosyo",
            "kliyente");

    /** Philippine places, businesses and community life, as the course's examples name them. */
    private static final List<String> FILIPINO_EXAMPLES = List.of("sari-sari", "carinderia", "karinderya",
            "milk-tea", "milk tea", "kakanin", "bayong", "jeepney", "tricycle", "palengke", "barangay",
            "sangguniang kabataan", "fiesta", "ulam", "manila", "maynila", "quezon city", "marikina", "makati", "pasig",
            "taguig", "cebu", "davao", "iloilo", "bacolod", "baguio", "la union", "batangas", "bulacan", "pampanga",
            "laguna", "cavite", "bicol", "ilocos", "siargao", "bohol", "palawan", "mindanao", "visayas");

    private static final java.util.Map<String, List<String>> MADE_UP = java.util.Map.of(
            "en", List.of("made up", "made-up"),
            "fil", List.of("gawa-gawa", "kunwari"));

    /** The title of the last {@code ##} heading of a rendered page. */
    private static String lastHeading(String html) {
        int start = html.lastIndexOf("<h2");
        if (start < 0) {
            return "";
        }
        return html.substring(html.indexOf('>', start) + 1, html.indexOf("</h2>", start)).strip();
    }

    /** The inner HTML of each callout of one kind ({@code example}, {@code exercise}...) of a rendered page. */
    private static List<String> callouts(String html, String kind) {
        List<String> out = new ArrayList<>();
        String open = "class=\"callout callout-" + kind + "\"";
        for (int i = html.indexOf(open); i >= 0; i = html.indexOf(open, i + 1)) {
            out.add(html.substring(html.indexOf('>', i) + 1, html.indexOf("</blockquote>", i)));
        }
        return out;
    }

    private static List<String> anchors(String html) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<h2 id=\"([^\"]+)\">").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
