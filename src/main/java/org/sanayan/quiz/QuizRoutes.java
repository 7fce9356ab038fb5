package org.sanayan.quiz;

import gg.jte.Content;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sanayan.account.CurrentUser;
import org.sanayan.account.Sessions;
import org.sanayan.content.Catalog;
import org.sanayan.content.Course;
import org.sanayan.content.Fraction;
import org.sanayan.content.Grading;
import org.sanayan.content.Html;
import org.sanayan.content.Lesson;
import org.sanayan.content.Question;
import org.sanayan.content.Quiz;
import org.sanayan.content.QuizParser;
import org.sanayan.learning.CourseProgress;
import org.sanayan.learning.Progress;
import org.sanayan.web.Chrome.Crumb;
import org.sanayan.web.Csrf;
import org.sanayan.web.Messages;
import org.sanayan.web.TrustedHtml;
import org.sanayan.web.Views;

/** The quiz pages: a quiz's page, Start and Retry, the attempt form, the result. */
public final class QuizRoutes {

    private final QuizService quizzes;
    private final Progress progress;
    private final Supplier<Catalog> catalog;
    private final Views views;
    private final java.util.function.LongPredicate userExists;

    public QuizRoutes(QuizService quizzes, Progress progress, Supplier<Catalog> catalog, Views views,
                      java.util.function.LongPredicate userExists) {
        this.userExists = userExists;
        this.quizzes = quizzes;
        this.progress = progress;
        this.catalog = catalog;
        this.views = views;
    }

    public void register(RoutesConfig routes) {
        routes.get("/courses/{course}/exam", ctx -> page(ctx, exam(ctx)));
        routes.post("/courses/{course}/exam/start", ctx -> start(ctx, exam(ctx), false));
        routes.post("/courses/{course}/exam/retry", ctx -> start(ctx, exam(ctx), true));
        routes.get("/courses/{course}/{module}/{lesson}/quiz", ctx -> page(ctx, lessonQuiz(ctx)));
        routes.post("/courses/{course}/{module}/{lesson}/quiz/start", ctx -> start(ctx, lessonQuiz(ctx), false));
        routes.post("/courses/{course}/{module}/{lesson}/quiz/retry", ctx -> start(ctx, lessonQuiz(ctx), true));
        routes.get("/attempts/{id}", this::attempt);
        routes.post("/attempts/{id}", this::submit);
        routes.get("/attempts/{id}/result", this::result);
        routes.post("/admin/users/{id}/attempts", this::grantExtra);
    }

    // ---- the quiz box and page --------------------------------------------------------------------------------

    /** The box below a lesson: the quiz's rules, the learner's attempts and the Start button. */
    public Optional<Content> lessonBox(Context ctx, Lesson lesson, Optional<CourseProgress> standing) {
        if (lesson.quiz().isEmpty()) {
            return Optional.empty();
        }
        return quizzes.lessonQuiz(lesson).map(target -> box(ctx, target, standing, true, Optional.empty()));
    }

    /** @param known the learner's summary of this quiz when the page already read it (else it is read here) */
    private Content box(Context ctx, QuizService.Target target, Optional<CourseProgress> standing, boolean withLink,
                        Optional<QuizService.Summary> known) {
        Messages t = views.messages(ctx);
        Quiz quiz = target.quiz();
        Optional<CurrentUser> user = Sessions.current(ctx);
        String csrf = views.csrf(ctx);
        Optional<String> quizHref = withLink ? Optional.of(target.path()) : Optional.empty();
        String startAction = target.path() + "/start";
        String retryAction = target.path() + "/retry";
        boolean exam = target.isExam();
        if (user.isEmpty()) {
            return views.content("quiz/box.jte", new QuizPages.Box(t, csrf, exam, false, "/login?next=" + target.path(),
                    quiz.settings().pass(), quiz.settings().attempts() == 0 ? t.t("quiz.attempts.noLimit")
                    : t.t("quiz.attempts.allowed", quiz.settings().attempts()), Optional.empty(), false, Optional.empty(),
                    false, false, startAction, false, retryAction, Optional.empty(), Optional.empty(), quizHref, false));
        }
        QuizService.Summary s = known.orElseGet(() -> quizzes.summary(user.get().id(), target));
        Optional<QuizPages.Note> locked = lock(t, target, standing.orElseGet(
                () -> progress.of(user.get().id(), target.course())));
        // a passed final exam is done: offering it again would only spend attempts
        boolean examDone = exam && s.passed() && s.open().isEmpty();
        boolean canStart = locked.isEmpty() && !examDone && (s.open().isPresent() || s.attemptsLeft());
        boolean canRetry = locked.isEmpty() && !examDone && s.canRetry();
        Optional<String> warning = s.limit() > 0 && (canRetry || canStart && s.open().isEmpty())
                ? Optional.of(t.t(canRetry ? "quiz.useWarning.retry" : "quiz.useWarning", s.limit() - s.used()))
                : Optional.empty();
        Optional<QuizPages.Link> done = examDone ? Optional.of(new QuizPages.Link(target.course().path(),
                t.t("quiz.backToCourse"))) : Optional.empty();
        return views.content("quiz/box.jte", new QuizPages.Box(t, csrf, exam, true, "", quiz.settings().pass(),
                limitText(t, quiz, s.used(), s.limit()), s.best().map(b -> percent(b) + "%"), s.passed(), locked,
                canStart, s.open().isPresent(), startAction, canRetry, retryAction, warning, done, quizHref,
                s.open().isEmpty() && !s.attemptsLeft() && !s.passed()));
    }

    private static Optional<QuizPages.Note> lock(Messages t, QuizService.Target target, CourseProgress standing) {
        String lang = t.lang();
        if (target.isExam()) {
            if (standing.allLessonsDone()) {
                return Optional.empty();
            }
            QuizPages.Link next = standing.continueLesson().map(l -> new QuizPages.Link(l.path(),
                    t.t("quiz.nextLesson", l.text().in(lang).title())))
                    .orElse(new QuizPages.Link(target.course().path(), t.t("quiz.backToCourse")));
            return Optional.of(new QuizPages.Note(t.t("quiz.locked.examLeft",
                    standing.lessonsTotal() - standing.lessonsDone()), next));
        }
        return standing.blockedBy(target.lesson().get()).map(l -> new QuizPages.Note(t.t("quiz.lockedIntro"),
                new QuizPages.Link(l.path(), t.t("quiz.locked.sequential") + " " + l.text().in(lang).title())));
    }

    private static String limitText(Messages t, Quiz quiz, int used, int limit) {
        return limit == 0 ? t.t("quiz.attempts.unlimited", used) : t.t("quiz.attempts.limited", used, limit,
                Math.max(0, limit - used));
    }

    void page(Context ctx, QuizService.Target target) {
        Messages t = views.messages(ctx);
        String lang = t.lang();
        Quiz quiz = target.quiz();
        String title = title(t, target);
        Optional<QuizService.Summary> summary = Sessions.current(ctx).map(u -> quizzes.summary(u.id(), target));
        List<QuizPages.Link> attempts = summary.map(sm -> attemptLinks(t, sm)).orElse(List.of());
        QuizPages.Link back = target.lesson().map(l -> new QuizPages.Link(l.path(), l.text().in(lang).title()))
                .orElse(new QuizPages.Link(target.course().path(), target.course().text().in(lang).title()));
        views.render(ctx, "quiz/show.jte", new QuizPages.QuizPage(views.chrome(ctx, title, crumbs(t, target)), title,
                TrustedHtml.of(quiz.text().in(lang).intro()), quiz.text().has(lang) ? lang : "en",
                box(ctx, target, Optional.empty(), false, summary), attempts, back));
    }

    private List<QuizPages.Link> attemptLinks(Messages t, QuizService.Summary s) {
        List<QuizPages.Link> out = new ArrayList<>();
        for (int i = 0; i < s.submitted().size(); i++) {
            Attempt a = s.submitted().get(i);
            String pct = a.percent().map(QuizRoutes::percent).orElse("0");
            String label = s.limit() == 0 ? t.t("quiz.attemptLine.unlimited", i + 1, pct)
                    : t.t("quiz.attemptLine", i + 1, s.limit(), pct);
            if (a.passed()) {
                label += " · " + t.t("quiz.passed");
            }
            out.add(new QuizPages.Link("/attempts/" + a.publicId() + "/result", label));
        }
        return out;
    }

    void start(Context ctx, QuizService.Target target, boolean retry) {
        CurrentUser user = Sessions.require(ctx);
        Attempt a = retry ? quizzes.retry(user.id(), target) : quizzes.start(user.id(), target);
        ctx.redirect("/attempts/" + a.publicId(), HttpStatus.SEE_OTHER);
    }

    // ---- attempts -------------------------------------------------------------------------------------------

    private Attempt mine(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        Attempt a = quizzes.attempt(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("quiz.noSuchAttempt"));
        if (a.userId() != user.id()) {
            throw new ForbiddenResponse("quiz.notYours");
        }
        return a;
    }

    void attempt(Context ctx) {
        Attempt a = mine(ctx);
        if (a.submitted()) {
            ctx.redirect("/attempts/" + a.publicId() + "/result", HttpStatus.SEE_OTHER);
            return;
        }
        renderAttempt(ctx, a, Map.of(), List.of());
    }

    /** The attempt's form; {@code given} and {@code blanks} when it comes back for blank answers to be confirmed. */
    private void renderAttempt(Context ctx, Attempt a, Map<String, List<String>> given, List<Integer> blanks) {
        Messages t = views.messages(ctx);
        Quiz quiz = quizzes.version(a);
        String title = titleFor(t, a);
        Optional<String> note = a.isRetry() ? Optional.of(t.t("quiz.retryNote", a.shown().size(), a.kept().size()))
                : Optional.empty();
        Optional<String> blankNote = blanks.isEmpty() ? Optional.empty() : Optional.of(t.t("quiz.blanks", blanks.size(),
                blanks.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        views.render(ctx, "quiz/attempt.jte", new QuizPages.AttemptPage(views.chrome(ctx, title, attemptCrumbs(t, a)), title,
                quiz.text().has(t.lang()) ? t.lang() : "en", AttemptForm.view(quiz, a, t.lang()),
                "/attempts/" + a.publicId(), note, given, blankNote, blanks));
    }

    /** The form field a learner sends to hand in an attempt with blank answers after being told about them. */
    static final String BLANKS_CONFIRMED = "blanks";

    void submit(Context ctx) {
        Attempt a = mine(ctx);
        Map<String, List<String>> form = new LinkedHashMap<>(ctx.formParamMap());
        form.remove(Csrf.FIELD);
        boolean confirmed = form.remove(BLANKS_CONFIRMED) != null;
        if (!a.submitted() && !confirmed) {
            // with attempts limited, a blank answer sent by mistake costs an attempt: ask once before grading
            Quiz quiz = quizzes.version(a);
            if (quiz.settings().attempts() > 0) {
                List<Integer> blanks = AttemptForm.unanswered(quiz, a, form);
                if (!blanks.isEmpty()) {
                    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                    renderAttempt(ctx, a, form, blanks);
                    return;
                }
            }
        }
        quizzes.submit(a, form);
        ctx.redirect("/attempts/" + a.publicId() + "/result", HttpStatus.SEE_OTHER);
    }

    void result(Context ctx) {
        Attempt a = mine(ctx);
        if (!a.submitted()) {
            ctx.redirect("/attempts/" + a.publicId(), HttpStatus.SEE_OTHER);
            return;
        }
        Messages t = views.messages(ctx);
        String lang = t.lang();
        Quiz quiz = quizzes.version(a);
        Quiz.Reveal reveal = quiz.settings().reveal();
        boolean everything = reveal == Quiz.Reveal.ALWAYS || (reveal == Quiz.Reveal.AFTER_PASS && a.passed());
        boolean feedback = reveal != Quiz.Reveal.NEVER;
        Map<Integer, Grading.Response> responses = a.answers().map(Responses::read).orElse(Map.of());
        List<QuizPages.ResultItem> items = new ArrayList<>();
        for (int pos = 0; pos < a.shown().size(); pos++) {
            int q = a.shown().get(pos);
            items.add(item(t, quiz, q, pos + 1, a.scores().getOrDefault(q, Fraction.ZERO), responses.get(q), everything,
                    feedback));
        }
        List<QuizPages.ResultItem> keptItems = new ArrayList<>();
        for (int q : a.base()) {
            if (a.kept().containsKey(q)) {
                Question question = quiz.text().in(lang).questions().get(q);
                keptItems.add(new QuizPages.ResultItem(0, question.title(), true, false, t.t("quiz.keptRight"),
                        Optional.empty(), everything ? Optional.of(AnswerText.rightLines(question)) : Optional.empty(),
                        List.of(), everything ? question.explanation() : Optional.empty()));
            }
        }
        Optional<String> revealNote = everything ? Optional.empty() : Optional.of(t.t(reveal == Quiz.Reveal.NEVER
                ? "quiz.reveal.never" : "quiz.reveal.afterPass"));
        String title = titleFor(t, a);
        Optional<QuizService.Target> target = quizzes.target(a.quizId());
        Optional<CourseProgress> standing = target.map(tg -> progress.of(a.userId(), tg.course()));

        QuizPages.Link back = target.map(tg -> tg.lesson().map(l -> new QuizPages.Link(l.path(),
                l.text().in(lang).title())).orElse(new QuizPages.Link(tg.course().path(),
                tg.course().text().in(lang).title()))).orElse(new QuizPages.Link("/me", t.t("nav.me")));
        Optional<QuizService.Summary> summary = target.map(tg -> quizzes.summary(a.userId(), tg));
        Content box = target.map(tg -> box(ctx, tg, standing, false, summary)).orElse(o -> { });
        List<QuizPages.Link> attempts = summary.map(sm -> attemptLinks(t, sm)).orElse(List.of());
        // advice on trying again only while that is still to do: not passed yet, and attempts left
        boolean tryAgain = !a.passed() && summary.map(sm -> !sm.passed() && sm.attemptsLeft()).orElse(false);
        String score = a.percent().map(QuizRoutes::percent).orElse("0") + "%";
        long right = a.base().stream().filter(q -> a.scores().getOrDefault(q, Fraction.ZERO).isOne()).count();
        Optional<QuizService.Target> lessonQuiz = target.filter(tg -> !tg.isExam());
        Optional<String> doneNote = a.passed() && lessonQuiz.isPresent() ? Optional.of(t.t("quiz.lessonComplete"))
                : Optional.empty();
        Optional<QuizPages.Link> next = a.passed() ? lessonQuiz.map(tg -> next(t, tg, a.userId(), standing.orElseThrow()))
                : Optional.empty();
        Optional<QuizPages.Note> advice = !tryAgain ? Optional.empty() : target.map(tg -> tg.lesson()
                .map(l -> new QuizPages.Note(t.t("quiz.advice.lesson"), new QuizPages.Link(l.path(),
                        l.text().in(lang).title())))
                .orElse(new QuizPages.Note(t.t("quiz.advice.exam"), new QuizPages.Link(tg.course().path(),
                        tg.course().text().in(lang).title()))));
        views.render(ctx, "quiz/result.jte", new QuizPages.ResultPage(views.chrome(ctx, title, attemptCrumbs(t, a)), title,
                quiz.text().has(lang) ? lang : "en", t.t("quiz.yourScore", score, right, a.base().size()), a.passed(),
                t.t(a.passed() ? "quiz.result.passed" : "quiz.result.failed", quiz.settings().pass()), doneNote, next,
                advice, revealNote, items, a.kept().size(), keptItems, attempts, box, back));
    }

    /** Where to go after passing a lesson's quiz: the next lesson, else the exam when it is open, else the course. */
    private QuizPages.Link next(Messages t, QuizService.Target target, long userId, CourseProgress standing) {
        Course course = target.course();
        Optional<Lesson> following = catalog.get().next(target.lesson().orElseThrow());
        if (following.isPresent()) {
            return new QuizPages.Link(following.get().path(), t.t("quiz.nextLesson",
                    following.get().text().in(t.lang()).title()));
        }
        if (course.exam().isPresent() && standing.allLessonsDone() && !quizzes.examPassed(userId, course)) {
            return new QuizPages.Link(course.path() + "/exam", t.t("quiz.takeExam"));
        }
        return new QuizPages.Link(course.path(), t.t("quiz.backToCourse"));
    }

    private QuizPages.ResultItem item(Messages t, Quiz quiz, int q, int position, Fraction score,
                                      Grading.Response response, boolean everything, boolean withFeedback) {
        Question question = quiz.text().in(t.lang()).questions().get(q);
        boolean right = score.isOne();
        String scoreText = right ? t.t("quiz.right") : score.compareTo(Fraction.ZERO) == 0 ? t.t("quiz.wrong")
                : t.t("quiz.partly", score.times(100).toDecimal(0).toPlainString());
        Optional<List<String>> yours = withFeedback ? Optional.of(AnswerText.givenLines(question,
                quiz.questions().get(q), response).orElse(List.of(t.t("quiz.noAnswer")))) : Optional.empty();
        List<Html> feedback = withFeedback ? feedback(question, response, quiz, q) : List.of();
        Optional<List<String>> rightAnswer = everything ? Optional.of(AnswerText.rightLines(question)) : Optional.empty();
        Optional<Html> explanation = everything ? question.explanation() : Optional.empty();
        return new QuizPages.ResultItem(position, question.title(), right, !right && score.compareTo(Fraction.ZERO) > 0,
                scoreText, yours, rightAnswer, feedback, explanation);
    }

    /** The feedback of what the learner picked (or typed, when it matched an accepted answer). */
    private static List<Html> feedback(Question q, Grading.Response r, Quiz quiz, int index) {
        List<Html> out = new ArrayList<>();
        Question.Answers a = q.answers();
        if (a instanceof Question.SingleChoice s && r instanceof Grading.Single x && x.choice() >= 0
                && x.choice() < s.choices().size()) {
            s.choices().get(x.choice()).feedback().ifPresent(out::add);
        } else if (a instanceof Question.MultipleAnswer m && r instanceof Grading.Multiple x) {
            x.choices().stream().sorted().filter(i -> i < m.choices().size())
                    .forEach(i -> m.choices().get(i).feedback().ifPresent(out::add));
        } else if (a instanceof Question.ShortAnswer s && r instanceof Grading.Text x) {
            String given = QuizParser.normalize(x.text());
            s.accepted().stream().filter(acc -> QuizParser.normalize(acc.text()).equals(given)).findFirst()
                    .flatMap(Question.Accepted::feedback).ifPresent(out::add);
        } else if (a instanceof Question.Numeric n && r instanceof Grading.Text x) {
            org.sanayan.content.Numbers.parse(x.text()).flatMap(v -> n.ranges().stream().filter(rg -> rg.contains(v))
                    .findFirst()).flatMap(Question.NumericRange::feedback).ifPresent(out::add);
        }
        return out;
    }

    // ---- admin: extra attempts ----------------------------------------------------------------------------------

    /** The admin user page's section: the learner's quizzes and a form to grant extra attempts. */
    public Content adminSection(Context ctx, long userId) {
        Messages t = views.messages(ctx);
        List<QuizPages.AdminRow> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> e : quizzes.attemptedQuizzes(userId).entrySet()) {
            Optional<QuizService.Target> target = quizzes.target(e.getKey());
            String title = target.map(tg -> title(t, tg)).orElse(e.getKey());
            String used = target.map(tg -> {
                QuizService.Summary s = quizzes.summary(userId, tg);
                return limitText(t, tg.quiz(), s.used(), s.limit());
            }).orElse(String.valueOf(e.getValue()));
            rows.add(new QuizPages.AdminRow(e.getKey(), title, used));
        }
        return views.content("quiz/admin.jte", new QuizPages.AdminSection(t, views.csrf(ctx), userId, rows));
    }

    void grantExtra(Context ctx) {
        org.sanayan.account.AdminRoutes.requireAdmin(ctx);
        long userId;
        int extra;
        try {
            userId = Long.parseLong(ctx.pathParam("id"));
            extra = Integer.parseInt(String.valueOf(ctx.formParam("extra")).strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("quiz.extra.invalid");
        }
        String quizId = String.valueOf(ctx.formParam("quiz"));
        if (!userExists.test(userId)) {
            throw new NotFoundResponse("error.404.text");
        }
        if (extra < 1 || extra > 20 || !quizzes.grantExtra(userId, quizId, extra)) {
            throw new BadRequestResponse("quiz.extra.invalid");
        }
        ctx.redirect("/admin/users/" + userId + "?notice=attempts", HttpStatus.SEE_OTHER);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /**
     * A score as shown: whole numbers without a decimal (100, not 100.0), others to the one decimal stored
     * (28.6 stays 28.6, so that a score just under the pass mark never reads as the pass mark).
     */
    static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    private QuizService.Target exam(Context ctx) {
        Course course = catalog.get().course(ctx.pathParam("course"))
                .orElseThrow(() -> new NotFoundResponse("error.404.course"));
        return quizzes.exam(course).orElseThrow(() -> new NotFoundResponse("quiz.noExam"));
    }

    private QuizService.Target lessonQuiz(Context ctx) {
        Lesson lesson = catalog.get().lesson(ctx.pathParam("course"), ctx.pathParam("module"), ctx.pathParam("lesson"))
                .orElseThrow(() -> new NotFoundResponse("error.404.lesson"));
        return quizzes.lessonQuiz(lesson).orElseThrow(() -> new NotFoundResponse("quiz.noQuiz"));
    }

    private static String title(Messages t, QuizService.Target target) {
        return target.lesson().map(l -> t.t("quiz.titleFor", l.text().in(t.lang()).title()))
                .orElse(t.t("quiz.examTitle", target.course().text().in(t.lang()).title()));
    }

    private String titleFor(Messages t, Attempt a) {
        return quizzes.target(a.quizId()).map(tg -> title(t, tg)).orElse(t.t("quiz.title"));
    }

    private List<Crumb> crumbs(Messages t, QuizService.Target target) {
        return crumbs(t, target, false);
    }

    /** Courses › course › module › lesson › quiz (or › final exam); the last one a link from an attempt's pages. */
    private List<Crumb> crumbs(Messages t, QuizService.Target target, boolean linkQuiz) {
        String lang = t.lang();
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(t.t("nav.courses"), "/"));
        crumbs.add(new Crumb(target.course().text().in(lang).title(), target.course().path()));
        target.lesson().ifPresent(l -> {
            target.course().module(l.module()).ifPresent(m -> crumbs.add(new Crumb(m.text().in(lang).title(),
                    m.path())));
            crumbs.add(new Crumb(l.text().in(lang).title(), l.path()));
        });
        crumbs.add(new Crumb(target.isExam() ? t.t("progress.exam") : t.t("quiz.title"),
                linkQuiz ? target.path() : null));
        return crumbs;
    }

    private List<Crumb> attemptCrumbs(Messages t, Attempt a) {
        return quizzes.target(a.quizId()).map(tg -> crumbs(t, tg, true)).orElse(List.of());
    }
}
