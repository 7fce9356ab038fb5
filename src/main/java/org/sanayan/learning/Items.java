package org.sanayan.learning;

import java.util.List;

/** Small display records shared by the course, module and lesson pages. */
public final class Items {

    private Items() {
    }

    public record Link(String href, String label) {
    }

    public record LessonItem(String href, String title, String minutes, boolean current) {
    }

    public record ModuleItem(String href, String title, String summary, String minutes, List<LessonItem> lessons,
                             boolean current) {
        public ModuleItem {
            lessons = List.copyOf(lessons);
        }
    }

    public record CourseCard(String href, String title, String summary, String level, String hours,
                             String languages) {
    }
}
