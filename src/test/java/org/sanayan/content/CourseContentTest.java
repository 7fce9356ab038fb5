package org.sanayan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
            assertTrue(count(en, "<h2") >= 3, l.id() + " has ## sections");
            assertTrue(en.contains(">Summary</h2>"), l.id() + " ends with a summary");
            assertTrue(fil.contains(">Buod</h2>"), l.id() + " ends with a Filipino summary");
        }
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

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
