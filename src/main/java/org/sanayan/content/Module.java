package org.sanayan.content;

import java.util.List;

/** A module of a course: an ordered list of lessons. {@code aliases} are the module's old slugs. */
public record Module(String course, String slug, int number, Translations<Page> text, List<String> aliases,
                     List<Lesson> lessons) {

    public Module {
        aliases = List.copyOf(aliases);
        lessons = List.copyOf(lessons);
    }

    public String path() {
        return "/courses/" + course + "/" + slug;
    }

    public int minutesIn(String locale) {
        return lessons.stream().mapToInt(l -> l.minutesIn(locale)).sum();
    }
}
