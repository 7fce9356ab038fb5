package org.sanayan.learning;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import org.sanayan.web.Chrome;

/** A module's page: its introduction and its lessons. */
public record ModulePage(Chrome chrome, String title, String summary, Content intro, String bodyLang,
                         boolean untranslated, String minutes, List<Items.LessonItem> lessons,
                         Optional<Items.Link> previous, Optional<Items.Link> next, Items.Link start,
                         Optional<Items.Bar> progress) {
}
