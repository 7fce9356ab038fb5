package org.sanayan.learning;

import java.util.List;

/** Small display records shared by the course, module and lesson pages. */
public final class Items {

    private Items() {
    }

    public record Link(String href, String label) {
    }

    public record LessonItem(String href, String title, String minutes, boolean current, boolean done) {
    }

    /** A module with its lessons; {@code progress} is empty for readers who are not logged in. */
    public record ModuleItem(String href, String title, String summary, String minutes, List<LessonItem> lessons,
                             boolean current, java.util.Optional<Bar> progress) {
        public ModuleItem {
            lessons = List.copyOf(lessons);
        }
    }

    /** A progress bar: the value for {@code <progress max="100">} and its words ("3 of 12 lessons, 25%"). */
    /** A progress bar; {@code started} when anything counts yet (a rounded-down percent can be 0 even then). */
    public record Bar(int percent, String label, boolean started) {
    }

    public record CourseCard(String href, String title, String summary, String level, String hours,
                             String languages) {
    }
}
