package org.sanayan.learning;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import org.sanayan.web.Chrome;

/**
 * A course's page: its introduction and its modules with their lessons, in order; for a logged-in learner also
 * the progress, what is left, and where to continue.
 *
 * @param progress     empty for readers who are not logged in
 * @param left         every unfinished requirement, linked
 * @param sequential   the course asks for its modules in order
 * @param complete     the learner finished every requirement
 * @param notice       a confirmation after enrolling or leaving
 * @param requires     what finishing the course takes, in a sentence
 * @param exam         the final exam's link and rules, when the course has one
 */
public record CoursePage(Chrome chrome, Items.CourseCard course, Content intro, String bodyLang, boolean untranslated,
                         String totalMinutes, List<Items.ModuleItem> modules, Optional<String> glossaryHref,
                         Optional<Items.Link> start, boolean loggedIn, boolean enrolled, Optional<Items.Bar> progress,
                         List<Items.Link> left, boolean sequential, boolean complete, Optional<String> notice,
                         String requires, Optional<Exam> exam) {

    /** The final exam as the course page lists it. */
    public record Exam(String href, String title, String facts, boolean passed) {
    }
}
