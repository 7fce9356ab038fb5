package org.sanayan.quiz;

import io.javalin.http.ConflictResponse;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sanayan.content.Catalog;
import org.sanayan.content.Course;
import org.sanayan.content.Fraction;
import org.sanayan.content.Grading;
import org.sanayan.content.Lesson;
import org.sanayan.content.Quiz;
import org.sanayan.learning.Progress;
import org.sanayan.learning.ProgressRepository;

/**
 * Attempts graded on the server: start (or resume), retry the missed questions, submit once. The rules of
 * CONTENT-FORMAT.md ("Grading and attempts"); see docs/authoring.md for the choices made where it is silent.
 */
public final class QuizService {

    /**
     * A quiz and where it belongs: a lesson's quiz, or a course's final exam (lesson empty).
     *
     * @param ids the quiz's identity and the old identities of its lesson (aliases): attempts stay with it
     */
    public record Target(Course course, Optional<Lesson> lesson, Quiz quiz, List<String> ids) {
        public Target {
            ids = List.copyOf(ids);
        }

        public String id() {
            return quiz.id();
        }

        /** The quiz's own page. */
        public String path() {
            return lesson.map(l -> l.path() + "/quiz").orElse(course.path() + "/exam");
        }

        public boolean isExam() {
            return lesson.isEmpty();
        }
    }

    /** A learner's standing on one quiz. */
    public record Summary(Quiz quiz, List<Attempt> submitted, Optional<Attempt> open, int extra) {

        /** The number of attempts that count (0 = unlimited). */
        public int limit() {
            return quiz.settings().attempts() == 0 ? 0 : quiz.settings().attempts() + extra;
        }

        public int used() {
            return submitted.size();
        }

        public boolean attemptsLeft() {
            return limit() == 0 || used() < limit();
        }

        public Optional<BigDecimal> best() {
            return submitted.stream().map(a -> a.percent().orElse(BigDecimal.ZERO)).max(Comparator.naturalOrder());
        }

        public boolean passed() {
            return submitted.stream().anyMatch(Attempt::passed);
        }

        public Optional<Attempt> last() {
            return submitted.isEmpty() ? Optional.empty() : Optional.of(submitted.get(submitted.size() - 1));
        }

        /**
         * Retrying the missed questions makes sense: attempts left, something missed and something right (with
         * nothing right it would be the whole quiz again), same quiz version.
         */
        public boolean canRetry() {
            return open.isEmpty() && attemptsLeft() && last().map(a -> !a.missed().isEmpty()
                    && a.missed().size() < a.base().size() && a.version().equals(quiz.version())).orElse(false);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuizRepository repo;
    private final Progress progress;
    private final Supplier<Catalog> catalog;
    private final Clock clock;

    public QuizService(QuizRepository repo, Progress progress, Supplier<Catalog> catalog, Clock clock) {
        this.repo = repo;
        this.progress = progress;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The quiz with this id in the current content: a lesson id, or {@code course/exam}. */
    public Optional<Target> target(String quizId) {
        Catalog cat = catalog.get();
        if (quizId.endsWith("/exam") && quizId.indexOf('/') == quizId.lastIndexOf('/')) {
            return cat.course(quizId.substring(0, quizId.indexOf('/'))).flatMap(this::exam);
        }
        return cat.lessonByIdOrAlias(quizId).flatMap(this::lessonQuiz);
    }

    public Optional<Target> exam(Course course) {
        return course.exam().map(q -> new Target(course, Optional.empty(), q, List.of(q.id())));
    }

    public Optional<Target> lessonQuiz(Lesson lesson) {
        Catalog cat = catalog.get();
        List<String> ids = new ArrayList<>();
        ids.add(lesson.id());
        ids.addAll(cat.aliasIds(lesson));
        return lesson.quiz().map(q -> new Target(cat.course(lesson.course()).orElseThrow(), Optional.of(lesson), q,
                ids));
    }

    public Summary summary(long userId, Target target) {
        Quiz quiz = target.quiz();
        QuizRepository.History h = repo.history(userId, target.ids());
        List<Attempt> submitted = h.attempts().stream().filter(Attempt::submitted).toList();
        Optional<Attempt> open = h.attempts().stream().filter(a -> !a.submitted()).findFirst();
        return new Summary(quiz, submitted, open, h.extra());
    }

    /** Why this learner may not start the quiz now, as a message key; empty when they may. */
    public Optional<String> locked(long userId, Target target) {
        if (target.isExam()) {
            return progress.of(userId, target.course()).allLessonsDone() ? Optional.empty()
                    : Optional.of("quiz.locked.exam");
        }
        return progress.blockedBy(userId, target.lesson().get()).map(l -> "quiz.locked.sequential");
    }

    /** Resumes the open attempt, or starts a new one when the rules allow it. */
    public Attempt start(long userId, Target target) {
        Summary s = summary(userId, target);
        if (s.open().isPresent()) {
            return s.open().get();
        }
        checkAllowed(userId, target, s);
        Quiz quiz = target.quiz();
        long seed = RANDOM.nextLong();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < quiz.size(); i++) {
            all.add(i);
        }
        List<Integer> base = new ArrayList<>(all);
        if (quiz.settings().pick() > 0 && quiz.settings().pick() < quiz.size()) {
            Collections.shuffle(base, AttemptForm.random(seed, -1));
            base = new ArrayList<>(base.subList(0, quiz.settings().pick()));
        }
        if (quiz.settings().shuffle()) {
            Collections.shuffle(base, AttemptForm.random(seed, -2));
        } else {
            Collections.sort(base);
        }
        progress.enrol(userId, target.course());
        return repo.create(quiz, target.ids(), quiz.settings().attempts(), userId, publicId(), seed, base, base,
                Map.of(), null, clock.instant()).orElseThrow(() -> new ConflictResponse("quiz.noAttemptsLeft"));
    }

    /** Starts an attempt with only the questions scored below 1 last time; a changed quiz gets a full attempt. */
    public Attempt retry(long userId, Target target) {
        Summary s = summary(userId, target);
        if (s.open().isPresent()) {
            return s.open().get();
        }
        Attempt last = s.last().orElseThrow(() -> new ConflictResponse("quiz.nothingToRetry"));
        if (!last.version().equals(target.quiz().version())) {
            return start(userId, target);
        }
        List<Integer> missed = last.missed();
        if (missed.isEmpty()) {
            throw new ConflictResponse("quiz.nothingToRetry");
        }
        if (missed.size() == last.base().size()) {
            return start(userId, target); // nothing was right: nothing to keep, so a fresh attempt
        }
        checkAllowed(userId, target, s);
        Map<Integer, Fraction> kept = new HashMap<>(last.scores());
        missed.forEach(kept::remove);
        return repo.create(target.quiz(), target.ids(), target.quiz().settings().attempts(), userId, publicId(),
                RANDOM.nextLong(), last.base(), missed, kept, last.id(), clock.instant())
                .orElseThrow(() -> new ConflictResponse("quiz.noAttemptsLeft"));
    }

    private void checkAllowed(long userId, Target target, Summary s) {
        Optional<String> lock = locked(userId, target);
        if (lock.isPresent()) {
            throw new ConflictResponse(lock.get());
        }
        if (!s.attemptsLeft()) {
            throw new ConflictResponse("quiz.noAttemptsLeft");
        }
    }

    /**
     * Grades and records a submission in one transaction (with the lesson's completion when passed). A second
     * submission of the same attempt changes nothing.
     */
    public void submit(Attempt attempt, Map<String, List<String>> form) {
        if (attempt.submitted()) {
            return;
        }
        Quiz quiz = repo.version(attempt.version());
        Map<Integer, Grading.Response> responses = AttemptForm.parse(quiz, attempt, form);
        Map<Integer, Fraction> scores = new HashMap<>(attempt.kept());
        responses.forEach((q, r) -> scores.put(q, Grading.score(quiz, q, r)));
        List<Fraction> base = attempt.base().stream().map(q -> scores.getOrDefault(q, Fraction.ZERO)).toList();
        Fraction mean = Grading.mean(base);
        boolean passed = Grading.passed(mean, quiz.settings().pass());
        Instant now = clock.instant();
        Optional<Target> target = target(attempt.quizId());
        repo.db().write(c -> {
            if (!QuizRepository.submit(c, attempt.id(), Responses.write(responses), scores, mean,
                    Grading.percent(mean), passed, now)) {
                return null;
            }
            for (Map.Entry<Integer, Grading.Response> e : responses.entrySet()) {
                QuizRepository.count(c, attempt.version(), e.getKey(), scores.get(e.getKey()).isOne());
            }
            if (passed && target.isPresent()) {
                // the progress hook: a passed quiz completes its lesson; a passed final exam is recorded the same way
                String course = target.get().course().slug();
                String done = target.get().lesson().map(Lesson::id).orElse(course + "/exam");
                ProgressRepository.complete(c, attempt.userId(), course, done, "quiz", now);
            }
            return null;
        });
    }

    public Optional<Attempt> attempt(String publicId) {
        if (publicId == null || publicId.length() > 64) {
            return Optional.empty();
        }
        return repo.find(publicId);
    }

    public Quiz version(Attempt attempt) {
        return repo.version(attempt.version());
    }

    public boolean examPassed(long userId, Course course) {
        return course.exam().isPresent() && repo.passed(userId, course.slug() + "/exam");
    }

    public Map<String, Integer> attemptedQuizzes(long userId) {
        return repo.attemptedQuizzes(userId);
    }

    /** Grants extra attempts on the quiz {@code quizId} names now (an old identity is followed). */
    public boolean grantExtra(long userId, String quizId, int extra) {
        Optional<Target> target = target(quizId);
        target.ifPresent(t -> repo.grantExtra(userId, t.id(), extra, clock.instant()));
        return target.isPresent();
    }

    private static String publicId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
