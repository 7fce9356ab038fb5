package org.sanayan.learning;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sanayan.account.CurrentUser;
import org.sanayan.account.Sessions;
import org.sanayan.content.Catalog;
import org.sanayan.content.Course;
import org.sanayan.content.Lesson;
import org.sanayan.content.Module;
import org.sanayan.content.Page;
import org.sanayan.content.Translations;
import org.sanayan.web.Chrome;
import org.sanayan.web.Chrome.Crumb;
import org.sanayan.web.Lang;
import org.sanayan.web.Messages;
import org.sanayan.web.TrustedHtml;
import org.sanayan.web.Views;

/** The reading pages: catalog, course, module, lesson and glossary. Old addresses (aliases) redirect with 301. */
public final class CourseRoutes {

    private final Supplier<Catalog> catalog;
    private final Views views;
    private final Progress progress;
    /** A box another feature shows below a lesson, given the learner's standing (empty when logged out). */
    @FunctionalInterface
    public interface LessonBox {
        Optional<gg.jte.Content> render(Context ctx, Lesson lesson, Optional<CourseProgress> standing);
    }

    private volatile LessonBox lessonBox = (ctx, lesson, standing) -> Optional.empty();

    public CourseRoutes(Supplier<Catalog> catalog, Views views, Progress progress) {
        this.catalog = catalog;
        this.views = views;
        this.progress = progress;
    }

    /** Lets another feature add a box below a lesson (the quiz adds its rules and Start button). */
    public void lessonBox(LessonBox box) {
        this.lessonBox = box;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::catalogPage);
        routes.get("/courses/{course}", this::coursePage);
        routes.get("/courses/{course}/glossary", this::glossaryPage);
        routes.get("/courses/{course}/{module}", this::modulePage);
        routes.get("/courses/{course}/{module}/{lesson}", this::lessonPage);
    }

    void catalogPage(Context ctx) {
        Messages t = views.messages(ctx);
        List<Items.CourseCard> cards = catalog.get().courses().stream().map(c -> card(c, t)).toList();
        views.render(ctx, "catalog.jte", new CatalogPage(views.chrome(ctx, t.t("catalog.title"), List.of()), cards));
    }

    void coursePage(Context ctx) {
        Course course = course(ctx);
        Messages t = views.messages(ctx);
        String lang = t.lang();
        Page text = course.text().in(lang);
        Optional<CurrentUser> user = Sessions.current(ctx);
        Optional<CourseProgress> standing = user.map(u -> progress.of(u.id(), course));
        List<Items.ModuleItem> modules = course.modules().stream()
                .map(m -> moduleItem(m, t, null, false, standing)).toList();
        Optional<Items.Link> start = standing.isPresent()
                ? standing.get().continueLesson().map(l -> new Items.Link(l.path(), l.text().in(lang).title()))
                        .or(() -> standing.get().examNeeded() && !standing.get().examPassed()
                                ? Optional.of(new Items.Link(course.path() + "/exam", t.t("progress.exam")))
                                : Optional.empty())
                : course.lessons().stream().findFirst().map(l -> new Items.Link(l.path(), l.text().in(lang).title()));
        List<Items.Link> left = standing.map(p -> p.left().stream().map(r -> r.lesson()
                .map(l -> new Items.Link(l.path(), l.text().in(lang).title()))
                .orElse(new Items.Link(course.path() + "/exam", t.t("progress.exam")))).toList()).orElse(List.of());
        Chrome chrome = views.chrome(ctx, text.title(), List.of(
                new Crumb(t.t("nav.courses"), "/"), new Crumb(text.title(), null)));
        views.render(ctx, "course.jte", new CoursePage(chrome, card(course, t), TrustedHtml.of(text.body()),
                bodyLang(course.text(), lang), untranslated(course.text(), lang), minutes(t, course.minutesIn(lang)),
                modules, course.glossary().map(g -> course.path() + "/glossary"), start, user.isPresent(),
                user.map(u -> progress.enrolled(u.id(), course)).orElse(false), standing.map(p -> courseBar(p, t)),
                left, course.sequential(), standing.map(CourseProgress::complete).orElse(false),
                notice(ctx, t), t.t(course.certificate().requires().contains("exam") && course.hasExam()
                        ? "course.requires.lessonsAndExam" : "course.requires.lessons"),
                course.exam().map(q -> new CoursePage.Exam(course.path() + "/exam", t.t("progress.exam"),
                        t.t("course.exam.facts", q.settings().pass(), t.t("course.exam.attempts",
                                q.settings().attempts())), standing.map(CourseProgress::examPassed).orElse(false)))));
    }

    /** The confirmation asked for by a redirect's {@code ?notice=}: only known ones, never the text itself. */
    private static Optional<String> notice(Context ctx, Messages t) {
        String n = ctx.queryParam("notice");
        return "enrolled".equals(n) || "left".equals(n) ? Optional.of(t.t("course.notice." + n)) : Optional.empty();
    }

    void modulePage(Context ctx) {
        Course course = course(ctx);
        String slug = ctx.pathParam("module");
        Optional<Module> found = course.module(slug);
        if (found.isEmpty()) {
            Module moved = catalog.get().moduleByAlias(course.slug(), slug)
                    .orElseThrow(() -> new NotFoundResponse("error.404.module"));
            redirectPermanently(ctx, moved.path());
            return;
        }
        Module module = found.get();
        Messages t = views.messages(ctx);
        String lang = t.lang();
        Page text = module.text().in(lang);
        int i = course.modules().indexOf(module);
        Optional<Items.Link> previous = i > 0 ? Optional.of(moduleLink(course.modules().get(i - 1), lang))
                : Optional.empty();
        Optional<Items.Link> next = i + 1 < course.modules().size()
                ? Optional.of(moduleLink(course.modules().get(i + 1), lang)) : Optional.empty();
        String courseTitle = course.text().in(lang).title();
        Chrome chrome = views.chrome(ctx, text.title() + " · " + courseTitle, List.of(
                new Crumb(t.t("nav.courses"), "/"), new Crumb(courseTitle, course.path()),
                new Crumb(text.title(), null)));
        Optional<CourseProgress> standing = Sessions.current(ctx).map(u -> progress.of(u.id(), course));
        Items.ModuleItem item = moduleItem(module, t, null, true, standing);
        // the first lesson of this module not done yet (the first one for visitors and when all are done)
        Lesson first = module.lessons().stream().filter(l -> standing.map(p -> !p.isDone(l)).orElse(false))
                .findFirst().orElse(module.lessons().get(0));
        boolean started = item.progress().map(Items.Bar::started).orElse(false);
        Items.Link start = new Items.Link(first.path(), t.t(started ? "module.continue" : "module.start") + ": "
                + first.text().in(lang).title());
        views.render(ctx, "module.jte", new ModulePage(chrome, text.title(), text.summary(),
                TrustedHtml.of(text.body()), bodyLang(module.text(), lang), untranslated(module.text(), lang),
                minutes(t, module.minutesIn(lang)), item.lessons(), previous, next, start, item.progress()));
    }

    void lessonPage(Context ctx) {
        Course course = course(ctx);
        String module = ctx.pathParam("module");
        String slug = ctx.pathParam("lesson");
        Optional<Lesson> found = catalog.get().lesson(course.slug(), module, slug);
        if (found.isEmpty()) {
            Lesson moved = catalog.get().lessonByAlias(course.slug(), module, slug)
                    .orElseThrow(() -> new NotFoundResponse("error.404.lesson"));
            redirectPermanently(ctx, moved.path());
            return;
        }
        Lesson lesson = found.get();
        Messages t = views.messages(ctx);
        String lang = t.lang();
        Page text = lesson.text().in(lang);
        Module mod = course.module(lesson.module()).orElseThrow();
        String courseTitle = course.text().in(lang).title();
        String moduleTitle = mod.text().in(lang).title();
        Optional<CurrentUser> user = Sessions.current(ctx);
        Optional<CourseProgress> standing = user.map(u -> progress.of(u.id(), course));
        List<Items.ModuleItem> menu = course.modules().stream()
                .map(m -> moduleItem(m, t, lesson, m.slug().equals(lesson.module()), standing)).toList();
        Optional<Items.Link> next = catalog.get().next(lesson).map(l -> lessonLink(l, lang));
        LessonPage.Completion completion = new LessonPage.Completion(user.isPresent(),
                standing.map(p -> p.isDone(lesson)).orElse(false), lesson.hasQuiz(),
                standing.flatMap(p -> p.blockedBy(lesson)).map(l -> lessonLink(l, lang)), lesson.path(), next);
        Chrome chrome = views.chrome(ctx, text.title() + " · " + courseTitle, List.of(
                new Crumb(t.t("nav.courses"), "/"), new Crumb(courseTitle, course.path()),
                new Crumb(moduleTitle, mod.path()), new Crumb(text.title(), null)));
        views.render(ctx, "lesson.jte", new LessonPage(chrome, text.title(), TrustedHtml.of(text.body()),
                bodyLang(lesson.text(), lang), untranslated(lesson.text(), lang), minutes(t, lesson.minutesIn(lang)),
                courseTitle, course.path(), menu, course.glossary().map(g -> course.path() + "/glossary"),
                catalog.get().previous(lesson).map(l -> lessonLink(l, lang)),
                next, completion, lessonBox.render(ctx, lesson, standing)));
    }

    void glossaryPage(Context ctx) {
        Course course = course(ctx);
        Translations<Page> glossary = course.glossary().orElseThrow(() -> new NotFoundResponse("error.404.glossary"));
        Messages t = views.messages(ctx);
        String lang = t.lang();
        Page text = glossary.in(lang);
        String title = text.title().isEmpty() ? t.t("glossary.title") : text.title();
        String courseTitle = course.text().in(lang).title();
        Chrome chrome = views.chrome(ctx, title + " · " + courseTitle, List.of(
                new Crumb(t.t("nav.courses"), "/"), new Crumb(courseTitle, course.path()), new Crumb(title, null)));
        views.render(ctx, "glossary.jte", new GlossaryPage(chrome, title, TrustedHtml.of(text.body()),
                bodyLang(glossary, lang), untranslated(glossary, lang), GlossaryPage.index(text.headings())));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Course course(Context ctx) {
        return catalog.get().course(ctx.pathParam("course"))
                .orElseThrow(() -> new NotFoundResponse("error.404.course"));
    }

    private static void redirectPermanently(Context ctx, String path) {
        String query = ctx.queryString();
        ctx.redirect(query == null ? path : path + "?" + query, HttpStatus.MOVED_PERMANENTLY);
    }

    static Items.CourseCard card(Course c, Messages t) {
        Page text = c.text().in(t.lang());
        String level = c.level().isEmpty() ? "" : t.tOr("level." + c.level().toLowerCase(), c.level());
        String hours = c.hours() > 0 ? t.t("course.hours", c.hours()) : "";
        String languages = c.languages().stream().map(l -> t.tOr("language." + l, l))
                .collect(Collectors.joining(", "));
        return new Items.CourseCard(c.path(), text.title(), text.summary(), level, hours, languages);
    }

    private static Items.ModuleItem moduleItem(Module m, Messages t, Lesson current, boolean isCurrent,
                                               Optional<CourseProgress> standing) {
        String lang = t.lang();
        List<Items.LessonItem> lessons = new ArrayList<>();
        for (Lesson l : m.lessons()) {
            lessons.add(new Items.LessonItem(l.path(), l.text().in(lang).title(), minutes(t, l.minutesIn(lang)),
                    current != null && current.id().equals(l.id()), standing.map(p -> p.isDone(l)).orElse(false)));
        }
        Page text = m.text().in(lang);
        Optional<Items.Bar> bar = standing.map(p -> new Items.Bar(p.modulePercent(m),
                t.t("progress.lessons", p.moduleDone(m), m.lessons().size(), p.modulePercent(m)), p.moduleDone(m) > 0));
        return new Items.ModuleItem(m.path(), text.title(), text.summary(), minutes(t, m.minutesIn(lang)), lessons,
                isCurrent, bar);
    }

    static Items.Bar courseBar(CourseProgress p, Messages t) {
        String label = p.examNeeded()
                ? t.t("progress.requirements", p.requirementsMet(), p.requirementsTotal(), p.percent())
                : t.t("progress.lessons", p.lessonsDone(), p.lessonsTotal(), p.percent());
        return new Items.Bar(p.percent(), label, p.requirementsMet() > 0);
    }

    private static Items.Link lessonLink(Lesson l, String lang) {
        return new Items.Link(l.path(), l.text().in(lang).title());
    }

    private static Items.Link moduleLink(Module m, String lang) {
        return new Items.Link(m.path(), m.text().in(lang).title());
    }

    /** "45 min", or "3 h 10 min" from an hour up, so a course's reading total reads at a glance. */
    private static String minutes(Messages t, int minutes) {
        return minutes < 60 ? t.t("time.minutes", minutes) : t.t("time.hoursMinutes", minutes / 60, minutes % 60);
    }

    private static String bodyLang(Translations<Page> text, String lang) {
        return text.has(lang) ? lang : Translations.DEFAULT;
    }

    private static boolean untranslated(Translations<Page> text, String lang) {
        return !text.has(lang);
    }
}
