package org.sanayan.learning;

import gg.jte.Content;
import org.sanayan.web.Chrome;

/** A course's glossary: one anchored {@code ## Term} per entry. */
public record GlossaryPage(Chrome chrome, String title, Content body, String bodyLang, boolean untranslated) {
}
