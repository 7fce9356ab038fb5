package org.sanayan.learning;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import org.sanayan.web.Chrome;

/** A course's page: its introduction and its modules with their lessons, in order. */
public record CoursePage(Chrome chrome, Items.CourseCard course, Content intro, String bodyLang, boolean untranslated,
                         String totalMinutes, List<Items.ModuleItem> modules, Optional<String> glossaryHref,
                         Optional<Items.Link> start) {
}
