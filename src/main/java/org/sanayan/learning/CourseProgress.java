package org.sanayan.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sanayan.content.Course;
import org.sanayan.content.Lesson;
import org.sanayan.content.Module;

/**
 * Where one learner stands in one course, computed from one query: which lessons count as done, what is left,
 * and where to continue.
 *
 * @param done        identities (current) of the lessons that count as complete
 * @param lastDone    the most recently completed lesson that still exists
 * @param examNeeded  the course's certificate requires its final exam
 * @param examPassed  the final exam is passed (always false when there is none)
 */
public record CourseProgress(Course course, Set<String> done, Optional<Lesson> lastDone, boolean examNeeded,
                             boolean examPassed) {

    /** An unfinished requirement: a lesson, or the final exam (lesson empty). */
    public record Requirement(Optional<Lesson> lesson) {
        public boolean isExam() {
            return lesson.isEmpty();
        }
    }

    public CourseProgress {
        done = Set.copyOf(done);
    }

    public boolean isDone(Lesson lesson) {
        return done.contains(lesson.id());
    }

    public int lessonsDone() {
        return (int) course.lessons().stream().filter(this::isDone).count();
    }

    public int lessonsTotal() {
        return course.lessons().size();
    }

    public int requirementsTotal() {
        return lessonsTotal() + (examNeeded ? 1 : 0);
    }

    public int requirementsMet() {
        return lessonsDone() + (examNeeded && examPassed ? 1 : 0);
    }

    /** Whole-course percentage, rounded down so that 100% means everything is done. */
    public int percent() {
        return requirementsTotal() == 0 ? 0 : requirementsMet() * 100 / requirementsTotal();
    }

    public int moduleDone(Module m) {
        return (int) m.lessons().stream().filter(this::isDone).count();
    }

    public int modulePercent(Module m) {
        return m.lessons().isEmpty() ? 0 : moduleDone(m) * 100 / m.lessons().size();
    }

    public boolean allLessonsDone() {
        return lessonsDone() == lessonsTotal();
    }

    public boolean complete() {
        return requirementsMet() == requirementsTotal();
    }

    /** Every unfinished requirement, in course order: the lessons, then the exam. */
    public List<Requirement> left() {
        List<Requirement> left = new ArrayList<>();
        course.lessons().stream().filter(l -> !isDone(l)).forEach(l -> left.add(new Requirement(Optional.of(l))));
        if (examNeeded && !examPassed) {
            left.add(new Requirement(Optional.empty()));
        }
        return left;
    }

    /**
     * Where the learner should go on: the first unfinished lesson after the most recently completed one, wrapping
     * to the first unfinished lesson of the course; the exam when only it is left; empty when all is done.
     */
    public Optional<Lesson> continueLesson() {
        List<Lesson> lessons = course.lessons();
        int start = lastDone.map(l -> lessons.indexOf(l) + 1).orElse(0);
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get((start + i) % lessons.size());
            if (!isDone(l)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** In a sequential course, the first unfinished lesson of an earlier module that keeps {@code lesson} locked. */
    public Optional<Lesson> blockedBy(Lesson lesson) {
        if (!course.sequential()) {
            return Optional.empty();
        }
        for (Module m : course.modules()) {
            if (m.slug().equals(lesson.module())) {
                return Optional.empty();
            }
            Optional<Lesson> open = m.lessons().stream().filter(l -> !isDone(l)).findFirst();
            if (open.isPresent()) {
                return open;
            }
        }
        return Optional.empty();
    }
}
