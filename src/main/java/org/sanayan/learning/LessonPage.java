package org.sanayan.learning;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import org.sanayan.web.Chrome;

/**
 * A lesson: its rendered text under its title, the course menu, previous and next lessons.
 *
 * @param bodyLang     the language of the text shown (English when there is no translation)
 * @param untranslated the reader asked for a language this lesson has no translation in
 */
public record LessonPage(Chrome chrome, String title, Content body, String bodyLang, boolean untranslated,
                         String minutes, String courseTitle, String courseHref, List<Items.ModuleItem> menu,
                         Optional<String> glossaryHref, Optional<Items.Link> previous, Optional<Items.Link> next) {
}
