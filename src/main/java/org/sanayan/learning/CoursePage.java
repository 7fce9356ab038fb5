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
 */
public record CoursePage(Chrome chrome, Items.CourseCard course, Content intro, String bodyLang, boolean untranslated,
                         String totalMinutes, List<Items.ModuleItem> modules, Optional<String> glossaryHref,
                         Optional<Items.Link> start, boolean loggedIn, boolean enrolled, Optional<Items.Bar> progress,
                         List<Items.Link> left, boolean sequential) {
}
