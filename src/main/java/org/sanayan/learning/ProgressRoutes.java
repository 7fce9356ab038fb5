package org.sanayan.learning;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sanayan.account.CurrentUser;
import org.sanayan.account.Sessions;
import org.sanayan.content.Catalog;
import org.sanayan.content.Course;
import org.sanayan.content.Lesson;
import org.sanayan.web.Messages;
import org.sanayan.web.Views;

/** Enrol, leave, complete and un-complete: small POSTs that redirect back (post-redirect-get). */
public final class ProgressRoutes {

    private final Supplier<Catalog> catalog;
    private final Progress progress;
    private final Views views;

    public ProgressRoutes(Supplier<Catalog> catalog, Progress progress, Views views) {
        this.catalog = catalog;
        this.progress = progress;
        this.views = views;
    }

    public void register(RoutesConfig routes) {
        routes.post("/courses/{course}/enrol", this::enrol);
        routes.post("/courses/{course}/leave", this::leave);
        routes.post("/courses/{course}/{module}/{lesson}/complete", this::complete);
        routes.post("/courses/{course}/{module}/{lesson}/uncomplete", this::uncomplete);
    }

    void enrol(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        Course course = course(ctx);
        progress.enrol(user.id(), course);
        ctx.redirect(course.path() + "?notice=enrolled", HttpStatus.SEE_OTHER);
    }

    void leave(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        Course course = course(ctx);
        progress.leave(user.id(), course);
        ctx.redirect(course.path() + "?notice=left", HttpStatus.SEE_OTHER);
    }

    void complete(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        Lesson lesson = lesson(ctx);
        Optional<Progress.Refusal> refusal = progress.complete(user.id(), lesson);
        if (refusal.isPresent()) {
            throw new ConflictResponse(refusal.get() == Progress.Refusal.HAS_QUIZ ? "progress.refused.quiz"
                    : "progress.refused.sequential");
        }
        ctx.redirect(lesson.path() + "#completion", HttpStatus.SEE_OTHER);
    }

    void uncomplete(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        Lesson lesson = lesson(ctx);
        if (!progress.uncomplete(user.id(), lesson)) {
            throw new ConflictResponse("progress.refused.undoQuiz");
        }
        ctx.redirect(lesson.path() + "#completion", HttpStatus.SEE_OTHER);
    }

    private Course course(Context ctx) {
        return catalog.get().course(ctx.pathParam("course")).orElseThrow(() -> new NotFoundResponse("error.404.course"));
    }

    private Lesson lesson(Context ctx) {
        return catalog.get().lesson(ctx.pathParam("course"), ctx.pathParam("module"), ctx.pathParam("lesson"))
                .orElseThrow(() -> new NotFoundResponse("error.404.lesson"));
    }

    /** The dashboard section of {@code /me}: enrolled courses with progress and where to continue. */
    public gg.jte.Content dashboard(Context ctx, CurrentUser user) {
        Messages t = views.messages(ctx);
        String lang = t.lang();
        List<DashboardSection.Entry> entries = progress.enrolledCourses(user.id()).stream().map(course -> {
            CourseProgress p = progress.of(user.id(), course);
            Items.Link next = p.continueLesson()
                    .map(l -> new Items.Link(l.path(), l.text().in(lang).title()))
                    .orElse(p.allLessonsDone() && p.examNeeded() && !p.examPassed()
                            ? new Items.Link(course.path() + "/exam", t.t("quiz.examTitle", course.text().in(lang).title()))
                            : new Items.Link(course.path(), course.text().in(lang).title()));
            return new DashboardSection.Entry(course.text().in(lang).title(), course.path(),
                    CourseRoutes.courseBar(p, t), next, p.complete());
        }).toList();
        return views.content("learning/dashboard.jte", new DashboardSection(t, entries));
    }
}
