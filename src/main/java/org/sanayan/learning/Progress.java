package org.sanayan.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sanayan.content.Catalog;
import org.sanayan.content.Course;
import org.sanayan.content.Lesson;

/**
 * Enrolment and progress: what is complete, what is next, what is left. Other features ask here ("is this course
 * complete?", "may this learner work on this lesson?") instead of reading the progress table.
 */
public final class Progress {

    /** Why a lesson cannot be completed by hand. */
    public enum Refusal { HAS_QUIZ, SEQUENTIAL }

    private final ProgressRepository repo;
    private final Supplier<Catalog> catalog;
    private final Clock clock;

    public Progress(ProgressRepository repo, Supplier<Catalog> catalog, Clock clock) {
        this.repo = repo;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * The learner's standing in {@code course}, from one query. Stored identities are followed through aliases
     * (renamed or moved lessons keep their progress); a lesson that disappeared is kept but not counted; a lesson
     * that now has a quiz counts only once its quiz is passed.
     */
    public CourseProgress of(long userId, Course course) {
        Catalog cat = catalog.get();
        Set<String> done = new HashSet<>();
        Optional<Lesson> last = Optional.empty();
        java.time.Instant lastAt = null;
        boolean exam = false;
        String examId = course.slug() + "/exam";
        for (ProgressRepository.Done d : repo.done(userId, course.slug())) {
            if (d.lessonId().equals(examId)) {
                exam = d.via().equals("quiz"); // the quiz feature records a passed final exam here
                continue;
            }
            Optional<Lesson> lesson = cat.lessonByIdOrAlias(d.lessonId()).filter(l -> l.course().equals(course.slug()));
            if (lesson.isEmpty() || (lesson.get().hasQuiz() && !d.via().equals("quiz"))) {
                continue;
            }
            done.add(lesson.get().id());
            if (lastAt == null || d.at().isAfter(lastAt)) {
                lastAt = d.at();
                last = lesson;
            }
        }
        boolean examNeeded = course.certificate().requires().contains("exam") && course.hasExam();
        return new CourseProgress(course, done, last, examNeeded, examNeeded && exam);
    }

    public CourseProgress anonymous(Course course) {
        return new CourseProgress(course, Set.of(), Optional.empty(),
                course.certificate().requires().contains("exam") && course.hasExam(), false);
    }

    /** "May this learner work on this lesson?": empty when yes, else the first lesson that blocks it. */
    public Optional<Lesson> blockedBy(long userId, Lesson lesson) {
        Course course = catalog.get().course(lesson.course()).orElseThrow();
        return course.sequential() ? of(userId, course).blockedBy(lesson) : Optional.empty();
    }

    /** Completes a lesson by hand (and enrols); refused for a lesson with a quiz or one locked by order. */
    public Optional<Refusal> complete(long userId, Lesson lesson) {
        if (lesson.hasQuiz()) {
            return Optional.of(Refusal.HAS_QUIZ);
        }
        if (blockedBy(userId, lesson).isPresent()) {
            return Optional.of(Refusal.SEQUENTIAL);
        }
        repo.complete(userId, lesson.course(), lesson.id(), "hand", clock.instant());
        return Optional.empty();
    }

    /** Undoes a hand completion; a lesson with a quiz cannot be un-completed. */
    public boolean uncomplete(long userId, Lesson lesson) {
        if (lesson.hasQuiz()) {
            return false;
        }
        Catalog cat = catalog.get();
        List<String> ids = repo.done(userId, lesson.course()).stream().map(ProgressRepository.Done::lessonId)
                .filter(id -> cat.lessonByIdOrAlias(id).map(l -> l.id().equals(lesson.id())).orElse(false))
                .toList();
        repo.uncomplete(userId, ids);
        return true;
    }

    public void enrol(long userId, Course course) {
        repo.enrol(userId, course.slug(), clock.instant());
    }

    public void leave(long userId, Course course) {
        repo.leave(userId, course.slug());
    }

    public boolean enrolled(long userId, Course course) {
        return repo.enrolled(userId, course.slug());
    }

    /** The learner's enrolled courses that still exist, in the order enrolled. */
    public List<Course> enrolledCourses(long userId) {
        Catalog cat = catalog.get();
        List<Course> out = new ArrayList<>();
        repo.enrolments(userId).stream().sorted(Comparator.comparing(ProgressRepository.Enrolment::enrolledAt))
                .forEach(e -> cat.course(e.course()).ifPresent(out::add));
        return out;
    }

    /** Is every requirement of {@code course} met (the certificate feature asks this)? */
    public boolean courseComplete(long userId, Course course) {
        return of(userId, course).complete();
    }
}
