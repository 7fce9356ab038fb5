package org.sanayan.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanayan.content.Markdown;
import org.sanayan.learning.GlossaryPage.Letter;

class GlossaryPageTest {

    private static List<Markdown.Anchor> terms(String markdown) {
        return new Markdown().render(markdown, Markdown.Links.KEEP).headings();
    }

    @Test
    void each_letter_links_to_the_first_term_it_starts_and_letters_without_terms_have_no_link() {
        List<Letter> index = GlossaryPage.index(terms(
                "## A/B test\n\nx\n\n## Ad set\n\nx\n\n### Example\n\n## reach\n\nx\n\n## Éxito\n\nx\n"));
        assertEquals(26, index.size());
        assertEquals(new Letter("A", "#ab-test"), index.get(0));
        assertEquals(new Letter("B", null), index.get(1));
        assertEquals(new Letter("E", "#éxito"), index.get(4));
        assertEquals(new Letter("R", "#reach"), index.get(17));
        assertEquals(3, index.stream().filter(l -> l.href() != null).count());
    }

    @Test
    void terms_that_start_with_a_digit_or_another_alphabet_come_after_z() {
        List<Letter> index = GlossaryPage.index(terms("## 5 Ps\n\nx\n\n## Ωmega\n\nx\n\n## #hashtag\n\nx\n"));
        assertEquals(List.of(new Letter("Ω", "#ωmega"), new Letter("#", "#5-ps")), index.subList(26, 28));
    }

    @Test
    void a_glossary_without_terms_has_no_index() {
        assertEquals(List.of(), GlossaryPage.index(terms("Just text.\n\n### Not a term\n")));
    }
}
