package org.sanayan.content;

import java.util.List;
import java.util.Optional;

/**
 * A lesson. Its identity ({@link #id()}) is {@code course/module/lesson}: the number prefix of its file is only
 * for ordering, so renumbering changes neither its address nor its progress.
 *
 * @param minutes reading time from front matter, or 0 when it is computed from the words of the text shown
 * @param aliases old identities, each {@code module/lesson}, already expanded from the front matter
 * @param source  path of the English file, relative to the content root
 */
public record Lesson(String course, String module, String slug, int number, Translations<Page> text, int minutes,
                     List<String> aliases, String source, Optional<Quiz> quiz) {

    public Lesson {
        aliases = List.copyOf(aliases);
    }

    public String id() {
        return course + "/" + module + "/" + slug;
    }

    public String path() {
        return "/courses/" + id();
    }

    public int minutesIn(String locale) {
        return minutes > 0 ? minutes : text.in(locale).readingMinutes();
    }

    public boolean hasQuiz() {
        return quiz.isPresent();
    }

    public Optional<String> quizPath() {
        return quiz.map(q -> path() + "/quiz");
    }
}
