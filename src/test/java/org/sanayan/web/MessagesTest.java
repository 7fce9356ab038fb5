package org.sanayan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

    @Test
    void every_string_exists_in_english_and_filipino() {
        Set<String> en = new TreeSet<>(Messages.of("en").bundle().keySet());
        Set<String> fil = new TreeSet<>(Messages.of("fil").bundle().keySet());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(fil);
        Set<String> onlyFil = new TreeSet<>(fil);
        onlyFil.removeAll(en);
        assertEquals(Set.of(), onlyEn, "missing in Filipino");
        assertEquals(Set.of(), onlyFil, "missing in English");
        for (String key : en) {
            assertTrue(!Messages.of("fil").t(key).isBlank(), key);
        }
    }

    @Test
    void placeholders_match_between_languages() {
        for (String key : Messages.of("en").bundle().keySet()) {
            String en = Messages.of("en").bundle().getString(key);
            String fil = Messages.of("fil").bundle().getString(key);
            for (int i = 0; i < 5; i++) {
                assertEquals(en.contains("{" + i), fil.contains("{" + i), key + " placeholder {" + i + "}");
            }
        }
    }

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
        "''|en", "fil|fil", "fil-PH|fil", "tl-PH,tl;q=0.9|fil", "en-US,en;q=0.9|en",
        "en;q=0.5,fil;q=0.8|fil", "fr,de;q=0.9|en", "fil;q=0,en;q=0.1|en", "*|en", "fil;q=abc,en|en",
        ";|en", "-|en", "en,;|en", ",,fil|fil", "';q=1'|en"})
    void accept_language_picks_the_preferred_supported_language(String header, String expected) {
        assertEquals(expected, Lang.fromAcceptLanguage(header));
    }
}
