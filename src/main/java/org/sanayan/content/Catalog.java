package org.sanayan.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every course loaded from the content folder, with the indexes the web needs to find a lesson by its address
 * or by an old address (aliases). Immutable: a reload builds a new catalog.
 */
public final class Catalog {

    private final Map<String, Course> courses = new LinkedHashMap<>();
    private final Map<String, Lesson> lessonsById = new HashMap<>();
    private final Map<String, Lesson> lessonsByAlias = new HashMap<>();
    private final Map<String, Module> modulesByAlias = new HashMap<>();
    private final Map<String, List<Lesson>> orderByCourse = new HashMap<>();
    private final Map<String, Integer> positionById = new HashMap<>();
    private final Map<String, List<String>> aliasIdsByLesson = new HashMap<>();

    public Catalog(List<Course> courseList) {
        for (Course c : courseList) {
            courses.put(c.slug(), c);
            List<Lesson> order = c.lessons();
            orderByCourse.put(c.slug(), order);
            for (Module m : c.modules()) {
                for (String alias : m.aliases()) {
                    modulesByAlias.put(c.slug() + "/" + alias, m);
                }
            }
            for (int i = 0; i < order.size(); i++) {
                lessonsById.put(order.get(i).id(), order.get(i));
                positionById.put(order.get(i).id(), i);
            }
            for (Lesson l : order) {
                for (String alias : l.aliases()) {
                    lessonsByAlias.putIfAbsent(c.slug() + "/" + alias, l);
                }
                // A renamed module keeps its lessons' old identities alive too.
                Module m = c.module(l.module()).orElseThrow();
                for (String oldModule : m.aliases()) {
                    lessonsByAlias.putIfAbsent(c.slug() + "/" + oldModule + "/" + l.slug(), l);
                    for (String alias : l.aliases()) {
                        if (!alias.contains("/")) {
                            continue;
                        }
                        String oldLesson = alias.substring(alias.indexOf('/') + 1);
                        lessonsByAlias.putIfAbsent(c.slug() + "/" + oldModule + "/" + oldLesson, l);
                    }
                }
            }
        }
        lessonsByAlias.forEach((alias, lesson) ->
                aliasIdsByLesson.computeIfAbsent(lesson.id(), k -> new ArrayList<>()).add(alias));
        aliasIdsByLesson.values().forEach(java.util.Collections::sort);
    }

    public static Catalog empty() {
        return new Catalog(List.of());
    }

    public List<Course> courses() {
        return List.copyOf(courses.values());
    }

    public Optional<Course> course(String slug) {
        return Optional.ofNullable(courses.get(slug));
    }

    public Optional<Module> module(String course, String module) {
        return course(course).flatMap(c -> c.module(module));
    }

    /** A module that used to live at {@code course/oldSlug}. */
    public Optional<Module> moduleByAlias(String course, String oldSlug) {
        return Optional.ofNullable(modulesByAlias.get(course + "/" + oldSlug));
    }

    public Optional<Lesson> lesson(String course, String module, String lesson) {
        return Optional.ofNullable(lessonsById.get(course + "/" + module + "/" + lesson));
    }

    /** The lesson whose identity is {@code id} now, or was once (aliases). Progress uses this to follow renames. */
    public Optional<Lesson> lessonByIdOrAlias(String id) {
        Lesson l = lessonsById.get(id);
        return Optional.ofNullable(l != null ? l : lessonsByAlias.get(id));
    }

    /** The lesson that an old address {@code course/module/lesson} stood for. */
    public Optional<Lesson> lessonByAlias(String course, String module, String lesson) {
        return Optional.ofNullable(lessonsByAlias.get(course + "/" + module + "/" + lesson));
    }

    public Optional<Lesson> previous(Lesson lesson) {
        List<Lesson> order = orderByCourse.get(lesson.course());
        int i = positionById.getOrDefault(lesson.id(), -1);
        return i > 0 ? Optional.of(order.get(i - 1)) : Optional.empty();
    }

    public Optional<Lesson> next(Lesson lesson) {
        List<Lesson> order = orderByCourse.get(lesson.course());
        int i = positionById.getOrDefault(lesson.id(), -1);
        return i >= 0 && i + 1 < order.size() ? Optional.of(order.get(i + 1)) : Optional.empty();
    }

    /** Every old identity ({@code course/module/lesson}) that now means {@code lesson}. */
    public List<String> aliasIds(Lesson lesson) {
        return aliasIdsByLesson.getOrDefault(lesson.id(), List.of());
    }

    public int lessonCount() {
        return lessonsById.size();
    }

    public int moduleCount() {
        return courses.values().stream().mapToInt(c -> c.modules().size()).sum();
    }

    public List<Lesson> allLessons() {
        List<Lesson> all = new ArrayList<>();
        orderByCourse.values().forEach(all::addAll);
        return all;
    }
}
