package org.sanayan.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course, immutable once loaded.
 *
 * @param hours     the course's stated study time, 0 when not given
 * @param languages the languages the course says it is written in
 * @param glossary  the glossary page, when the course has one
 * @param exam      the final exam, when the course has one
 * @param assets    every servable file of the course, by its path relative to the course folder
 */
public record Course(String slug, Translations<Page> text, String level, double hours, List<String> languages,
                     boolean sequential, CertificateRule certificate, List<Module> modules,
                     Optional<Translations<Page>> glossary, Optional<Quiz> exam, Map<String, Path> assets) {

    /** What a learner must finish for a certificate: a subset of {@code lessons} and {@code exam}. */
    public record CertificateRule(List<String> requires, int validMonths) {
        public CertificateRule {
            requires = List.copyOf(requires);
        }
    }

    public Course {
        languages = List.copyOf(languages);
        modules = List.copyOf(modules);
        assets = Map.copyOf(assets);
    }

    public boolean hasExam() {
        return exam.isPresent();
    }

    public String path() {
        return "/courses/" + slug;
    }

    public List<Lesson> lessons() {
        List<Lesson> all = new ArrayList<>();
        modules.forEach(m -> all.addAll(m.lessons()));
        return List.copyOf(all);
    }

    public Optional<Module> module(String moduleSlug) {
        return modules.stream().filter(m -> m.slug().equals(moduleSlug)).findFirst();
    }

    public int minutesIn(String locale) {
        return modules.stream().mapToInt(m -> m.minutesIn(locale)).sum();
    }
}
