package org.sanayan.quiz;

import gg.jte.Content;
import java.util.List;
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

    /**
     * {@code quiz/box.jte}: the rules and the Start button, below a lesson and on the quiz's own page.
     *
     * @param locked  why the learner cannot start now, with a link to what unlocks it
     * @param resume  an attempt is open: Start resumes it
     */
    public record Box(Messages t, String csrf, boolean loggedIn, String loginHref, int passMark, String attempts,
                      Optional<String> best, boolean passed, Optional<Link> locked, boolean canStart, boolean resume,
                      String startAction, boolean canRetry, String retryAction, Optional<String> quizHref,
                      boolean noAttemptsLeft) {
    }

    /** {@code quiz/show.jte}: a quiz's own page. */
    public record QuizPage(Chrome chrome, String title, Content intro, String bodyLang, Content box,
                           List<Link> attempts, Link back) {
    }

    /** {@code quiz/attempt.jte}: the open attempt as a form. */
    public record AttemptPage(Chrome chrome, String title, String bodyLang, List<AttemptForm.QuestionView> questions,
                              String action, Optional<String> note) {
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

    /** {@code quiz/result.jte}. */
    public record ResultPage(Chrome chrome, String title, String bodyLang, String score, boolean passed,
                             String verdict, Optional<String> revealNote, List<ResultItem> items, int kept,
                             List<ResultItem> keptItems, List<Link> attempts, Content box, Link back) {
    }

    /** {@code quiz/admin.jte}: a learner's quizzes on the admin's user page, with extra attempts to grant. */
    public record AdminSection(Messages t, String csrf, long userId, List<AdminRow> quizzes) {
    }

    public record AdminRow(String quizId, String title, String used) {
    }
}
