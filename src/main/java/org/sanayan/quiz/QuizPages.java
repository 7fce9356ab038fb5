package org.sanayan.quiz;

import gg.jte.Content;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanayan.content.Html;
import org.sanayan.web.Chrome;
import org.sanayan.web.Messages;

/** The page records of the quiz templates. */
public final class QuizPages {

    private QuizPages() {
    }

    /** A link with its words. */
    public record Link(String href, String label) {
    }

    /** A sentence followed by a link: why a quiz is locked and what opens it, or what to do after failing. */
    public record Note(String text, Link link) {
    }

    /**
     * {@code quiz/box.jte}: the rules and the Start button, below a lesson and on the quiz's own page.
     *
     * @param exam     the course's final exam (its own heading and button words)
     * @param locked   why the learner cannot start now, with a link to what unlocks it
     * @param resume   an attempt is open: Start resumes it
     * @param warning  for a limited quiz, what starting costs ("uses 1 of your 3 attempts left")
     * @param examDone the final exam is passed: no more attempts are offered, only this way on
     */
    public record Box(Messages t, String csrf, boolean exam, boolean loggedIn, String loginHref, int passMark,
                      String attempts, Optional<String> best, boolean passed, Optional<Note> locked,
                      boolean canStart, boolean resume, String startAction, boolean canRetry, String retryAction,
                      Optional<String> warning, Optional<Link> examDone, Optional<String> quizHref,
                      boolean noAttemptsLeft) {

        public String heading() {
            return t.t(exam ? "quiz.exam.heading" : "quiz.title");
        }

        /** Continue an open attempt; else start the exam, take a passed quiz again, or start the quiz. */
        public String startLabel() {
            return t.t(resume ? "quiz.resume" : exam ? "quiz.exam.start" : passed ? "quiz.again" : "quiz.start");
        }

        /** Once the quiz is passed, starting again is not the main thing to do. */
        public boolean startIsSecondary() {
            return passed && !resume;
        }
    }

    /** {@code quiz/show.jte}: a quiz's own page. */
    public record QuizPage(Chrome chrome, String title, Content intro, String bodyLang, Content box,
                           List<Link> attempts, Link back) {
    }

    /**
     * {@code quiz/attempt.jte}: the open attempt as a form.
     *
     * @param given  what the learner sent, when the form comes back to them (blank answers to confirm); empty
     *               on a fresh page
     * @param blanks the questions left blank, to answer or to confirm
     */
    public record AttemptPage(Chrome chrome, String title, String bodyLang, List<AttemptForm.QuestionView> questions,
                              String action, Optional<String> note, Map<String, List<String>> given,
                              Optional<String> blanks, List<Integer> blankPositions) {

        /** The question at {@code position} (from 1) came back unanswered or partly answered. */
        public boolean blank(int position) {
            return blankPositions.contains(position);
        }

        /** The choice {@code id} of {@code field} was ticked. */
        public boolean ticked(String field, String id) {
            return given.getOrDefault(field, List.of()).contains(id);
        }

        /** The text typed in {@code field}, or null (no value attribute). */
        public String typed(String field) {
            List<String> v = given.getOrDefault(field, List.of());
            return v.isEmpty() || v.get(0).isEmpty() ? null : v.get(0);
        }

        /** The chooser {@code name} was set to {@code value}. */
        public boolean picked(String name, String value) {
            return given.getOrDefault(name, List.of()).contains(value);
        }
    }

    /**
     * One question on the result page; what is filled depends on the quiz's {@code reveal} setting.
     *
     * @param partly      scored above 0 but below 1
     * @param yours       the learner's answer, as lines of text (one per pair or item for matching and ordering)
     * @param rightAnswer the right answer, as lines (only when it may be revealed)
     * @param feedback    the feedback of what the learner picked
     */
    public record ResultItem(int position, Html title, boolean right, boolean partly, String scoreText,
                             Optional<List<String>> yours, Optional<List<String>> rightAnswer, List<Html> feedback,
                             Optional<Html> explanation) {
    }

    /**
     * {@code quiz/result.jte}.
     *
     * @param score    the score in words ("Your score: 71.4% (5 of 7 right).")
     * @param doneNote what passing did ("Lesson complete.")
     * @param next     the way on after passing (the next lesson, the exam, or the course)
     * @param advice   after failing, what to do before trying again, with a link to it
     */
    public record ResultPage(Chrome chrome, String title, String bodyLang, String score, boolean passed,
                             String verdict, Optional<String> doneNote, Optional<Link> next, Optional<Note> advice,
                             Optional<String> revealNote, List<ResultItem> items, int kept,
                             List<ResultItem> keptItems, List<Link> attempts, Content box, Link back) {
    }

    /** {@code quiz/admin.jte}: a learner's quizzes on the admin's user page, with extra attempts to grant. */
    public record AdminSection(Messages t, String csrf, long userId, List<AdminRow> quizzes) {
    }

    public record AdminRow(String quizId, String title, String used) {
    }
}
