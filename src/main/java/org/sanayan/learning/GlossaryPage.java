package org.sanayan.learning;

import gg.jte.Content;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanayan.content.Markdown;
import org.sanayan.web.Chrome;

/**
 * A course's glossary: one anchored {@code ## Term} per entry, under an A-Z index.
 *
 * @param index the letters A to Z, each linked to the first term it starts (no link when no term does), then
 *              any letter beyond A-Z that starts a term, then "#" for terms that start with a digit or a sign;
 *              empty when there are no terms
 */
public record GlossaryPage(Chrome chrome, String title, Content body, String bodyLang, boolean untranslated,
                           List<Letter> index) {

    /** One letter of the index; {@code href} is null when no term starts with it. */
    public record Letter(String label, String href) {
    }

    public GlossaryPage {
        index = List.copyOf(index);
    }

    /** The A-Z index of a glossary whose terms are its {@code ##} headings, in the order they appear. */
    public static List<Letter> index(List<Markdown.Anchor> headings) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Markdown.Anchor a : headings) {
            if (a.level() == 2) {
                first.putIfAbsent(initial(a.text()), "#" + a.id());
            }
        }
        if (first.isEmpty()) {
            return List.of();
        }
        List<Letter> letters = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            String label = String.valueOf(c);
            letters.add(new Letter(label, first.remove(label)));
        }
        String other = first.remove("#");
        first.forEach((label, href) -> letters.add(new Letter(label, href))); // letters beyond A-Z, as found
        if (other != null) {
            letters.add(new Letter("#", other));
        }
        return letters;
    }

    /** A term's first letter, capital and without accents ("é" files under E), or "#" when it is no letter. */
    static String initial(String term) {
        String s = Normalizer.normalize(term.strip(), Normalizer.Form.NFD);
        if (s.isEmpty() || !Character.isLetter(s.codePointAt(0))) {
            return "#";
        }
        return new String(Character.toChars(s.codePointAt(0))).toUpperCase(Locale.ROOT);
    }
}
