package org.sanayan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingTest {

    private static Question.Answers answers(String block) {
        List<Problem> problems = new ArrayList<>();
        var f = new QuizParser(new Markdown()).parse("## Q?\n\n" + block + "\n", "q.quiz.md", false,
                QuizParser.FileLinks.KEEP, problems);
        assertEquals(List.of(), problems);
        return f.text().questions().get(0).answers();
    }

    private static Fraction f(long n, long d) {
        return Fraction.of(n, d);
    }

    @ParameterizedTest(name = "picked {0} -> {1}")
    @CsvSource({"0, 0/1", "1, 1/1", "2, 0/1", "-1, 0/1", "9, 0/1"})
    void single_choice_scores_one_only_for_the_right_choice(int picked, String score) {
        assertEquals(Fraction.parse(score), Grading.score(answers("- ( ) a\n- (x) b\n- ( ) c"), new Grading.Single(picked)));
    }

    @ParameterizedTest(name = "ticked {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''|0/1", "0|1/2", "0,1|1/1", "0,2|0/1", "0,1,2|1/2", "2|0/1", "2,3|0/1", "1,2,3|0/1", "0,1,2,3|0/1"})
    void multiple_answer_gives_plus_and_minus_one_kth_with_a_floor_of_zero(String ticked, String score) {
        Set<Integer> set = new java.util.HashSet<>();
        for (String s : ticked.split(",")) {
            if (!s.isBlank()) {
                set.add(Integer.parseInt(s.strip()));
            }
        }
        assertEquals(Fraction.parse(score),
                Grading.score(answers("- [x] a\n- [x] b\n- [ ] c\n- [ ] d"), new Grading.Multiple(set)));
    }

    @Test
    void multiple_answer_with_three_right_choices_gives_thirds_exactly() {
        Question.Answers a = answers("- [x] a\n- [x] b\n- [x] c\n- [ ] d");
        assertEquals(f(1, 3), Grading.score(a, new Grading.Multiple(Set.of(0))));
        assertEquals(f(2, 3), Grading.score(a, new Grading.Multiple(Set.of(0, 1))));
        assertEquals(f(1, 3), Grading.score(a, new Grading.Multiple(Set.of(0, 1, 3))));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SMM|1/1", "smm|1/1", "  SmM  |1/1", "Ｓｍｍ|1/1", "ｓ.ｍ.ｍ.|1/1", "S.M.M.|1/1", "SMN|0/1", "''|0/1",
        "social  media marketing|1/1", "STRASSE|1/1", "straße|1/1"})
    void short_answers_compare_after_trim_nfkc_and_case_folding(String given, String score) {
        Question.Answers a = answers("= SMM\n= S.M.M.\n= social media marketing\n= Straße");
        assertEquals(Fraction.parse(score), Grading.score(a, new Grading.Text(given)));
    }

    @ParameterizedTest(name = "{0} against {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "7.5|7.5 ± 0.1|1/1", "7.6|7.5 ± 0.1|1/1", "7.61|7.5 ± 0.1|0/1", "7,5|7.5 ± 0.1|1/1", "7.4|7.5 +- 0.1|1/1",
        "7.45|7.4..7.6|1/1", "7.7|7.4..7.6|0/1", "42.5|42 ± 0.5|1/1", "41.4|42 ± 0.5|0/1",
        "0,125|0.125|1/1", "0.125|0,125|1/1", "2,000|2000|1/1", "2000|2,000|1/1", "2,000|2|0/1",
        "1,234,567|1234567|1/1", "12,5|12.5|1/1", "7.5%|7.5|1/1", "70|70%|1/1", "70 %|70|1/1",
        "seven|7|0/1", "''|7|0/1", "7.5.1|7.5|0/1", "-3|-4..-2|1/1", "1e3|1000|0/1"})
    void numeric_answers_follow_tolerance_ranges_commas_and_percent(String given, String accepted, String score) {
        assertEquals(Fraction.parse(score), Grading.score(answers("= " + accepted), new Grading.Text(given)));
    }

    @Test
    void ordering_scores_the_share_of_items_in_their_right_place() {
        Question.Answers a = answers("1. a\n2. b\n3. c\n4. d");
        assertEquals(f(1, 1), Grading.score(a, new Grading.Positions(List.of(1, 2, 3, 4))));
        assertEquals(f(1, 2), Grading.score(a, new Grading.Positions(List.of(1, 2, 4, 3))));
        assertEquals(f(0, 1), Grading.score(a, new Grading.Positions(List.of(4, 3, 2, 1))));
        // a position given twice is graded as given: both cannot be right
        assertEquals(f(1, 4), Grading.score(a, new Grading.Positions(List.of(1, 1, 2, 2))));
        assertEquals(f(2, 4), Grading.score(a, new Grading.Positions(List.of(1, 1, 3, 3))));
        assertEquals(f(1, 4), Grading.score(a, new Grading.Positions(List.of(1, 0, 0, 0))));
    }

    @Test
    void matching_scores_the_share_of_left_sides_matched_right() {
        Question.Answers a = answers("- Reach -> people\n- Impressions -> times\n- CTR -> clicks");
        assertEquals(f(1, 1), Grading.score(a, new Grading.Matches(
                List.of(Optional.of("people"), Optional.of("times"), Optional.of("clicks")))));
        assertEquals(f(1, 3), Grading.score(a, new Grading.Matches(
                List.of(Optional.of("people"), Optional.of("clicks"), Optional.of("times")))));
        assertEquals(f(2, 3), Grading.score(a, new Grading.Matches(
                List.of(Optional.of("people"), Optional.empty(), Optional.of("clicks")))));
    }

    @Test
    void the_quiz_score_is_the_exact_mean_and_the_pass_decision_never_rounds() {
        Fraction mean = Grading.mean(List.of(Fraction.ONE, Fraction.ONE, f(1, 3)));
        assertEquals(f(7, 9), mean);
        assertEquals(new BigDecimal("77.8"), Grading.percent(mean));
        assertTrue(Grading.passed(mean, 77));
        assertFalse(Grading.passed(mean, 78), "77.78% does not pass 78 even though it rounds to 77.8");
        assertTrue(Grading.passed(f(7, 10), 70), "exactly the pass mark passes");
        assertFalse(Grading.passed(Grading.mean(List.of(f(2, 3), f(2, 3), f(2, 3), f(2, 3), Fraction.ONE,
                Fraction.ZERO, Fraction.ONE, f(2, 3), f(2, 3), f(2, 3))), 70));
        assertEquals(new BigDecimal("0.0"), Grading.percent(Grading.mean(List.of())));
    }

    @Test
    void a_learner_reading_filipino_may_answer_in_english_and_the_other_way_round() {
        List<Problem> problems = new ArrayList<>();
        QuizParser p = new QuizParser(new Markdown());
        var en = p.parse("## Name of the metric?\n\n= reach\n", "q.quiz.md", false, QuizParser.FileLinks.KEEP, problems);
        var fil = p.parse("## Pangalan ng metric?\n\n= abot\n", "q.quiz.fil.md", true, QuizParser.FileLinks.KEEP, problems);
        Quiz quiz = QuizParser.combine("c/m/l", Map.of("en", en, "fil", fil), Map.of(), problems);
        assertEquals(Fraction.ONE, Grading.score(quiz, 0, new Grading.Text("Abot")));
        assertEquals(Fraction.ONE, Grading.score(quiz, 0, new Grading.Text("REACH")));
        assertEquals(Fraction.ZERO, Grading.score(quiz, 0, new Grading.Text("views")));
    }

    @Test
    void a_response_of_the_wrong_kind_scores_zero_instead_of_failing() {
        assertEquals(Fraction.ZERO, Grading.score(answers("- ( ) a\n- (x) b"), new Grading.Text("b")));
        assertEquals(Fraction.ZERO, Grading.score(answers("= 7"), new Grading.Single(0)));
        assertEquals(Fraction.ZERO, Grading.score(answers("1. a\n2. b"), new Grading.Multiple(Set.of(1))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "7.5|7.5", "7,5|7.5", "0,125|0.125", "2,000|2000", "12,345.5|12345.5", "0,000|0.000", "1,23|1.23",
        "-2,000|-2000", "+3|3", ".5|0.5", "50%|50", " 42 |42"})
    void numbers_are_read_as_people_write_them(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(Numbers.parse(text).orElseThrow()));
    }

    @ParameterizedTest(name = "{0} is not a number")
    @CsvSource(delimiter = '|', value = {"abc", "1,2,3", "7.5.1", "''", "%", "1 000", "--1", "1e5"})
    void things_that_are_not_numbers_are_refused(String text) {
        assertTrue(Numbers.parse(text).isEmpty());
    }
}
