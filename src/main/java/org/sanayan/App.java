package org.sanayan;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Instant;
import org.sanayan.account.AccountRoutes;
import org.sanayan.account.AccountService;
import org.sanayan.account.AdminRoutes;
import org.sanayan.account.AttemptRepository;
import org.sanayan.account.CommonPasswords;
import org.sanayan.account.Mailer;
import org.sanayan.account.MeRoutes;
import org.sanayan.account.OutboxMailer;
import org.sanayan.account.Passwords;
import org.sanayan.account.PrivacyRoutes;
import org.sanayan.account.QueuedMailer;
import org.sanayan.account.SessionRepository;
import org.sanayan.account.Sessions;
import org.sanayan.account.SmtpMailer;
import org.sanayan.account.Throttle;
import org.sanayan.account.TokenRepository;
import org.sanayan.account.UserRepository;
import org.sanayan.content.ContentStore;
import org.sanayan.content.Markdown;
import org.sanayan.db.Database;
import org.sanayan.account.DataExport;
import org.sanayan.account.SettingsRoutes;
import org.sanayan.learning.CourseRoutes;
import org.sanayan.learning.LearningExport;
import org.sanayan.learning.Progress;
import org.sanayan.learning.ProgressRepository;
import org.sanayan.learning.ProgressRoutes;
import org.sanayan.quiz.QuizExport;
import org.sanayan.quiz.QuizRepository;
import org.sanayan.quiz.QuizRoutes;
import org.sanayan.quiz.QuizService;
import org.sanayan.web.Client;
import org.sanayan.web.CourseAssets;
import org.sanayan.web.Csrf;
import org.sanayan.web.ErrorPages;
import org.sanayan.web.MethodFilter;
import org.sanayan.web.JettyErrorPage;
import org.sanayan.web.Lang;
import org.sanayan.web.SecurityHeaders;
import org.sanayan.web.StaticFiles;
import org.sanayan.web.Views;

/** The composition root: builds every part from the configuration and returns the (unstarted) web app. */
public final class App {

    private App() {
    }

    public static Javalin create(Config config, ContentStore content, Database db) {
        return create(config, content, db, Clock.systemUTC());
    }

    public static Javalin create(Config config, ContentStore content, Database db, Clock clock) {
        recordInstance(db, clock);
        Client client = new Client(config.trustProxy());
        SessionRepository sessionRepo = new SessionRepository(db);
        Sessions sessions = new Sessions(sessionRepo, clock, config.secureCookies(), client::https);
        StaticFiles statics = new StaticFiles();
        Views views = new Views(statics, sessions::secure);
        ErrorPages errors = new ErrorPages(views);
        Markdown markdown = new Markdown();

        UserRepository users = new UserRepository(db);
        schedulePurge(db, clock);
        Mailer mailer = config.smtp().<Mailer>map(smtp -> new QueuedMailer(new SmtpMailer(smtp)))
                .orElseGet(() -> new OutboxMailer(config.outboxDir(), clock));
        AccountService accounts = new AccountService(users, sessionRepo, new TokenRepository(db),
                new Throttle(new AttemptRepository(db), clock), new Passwords(config.bcryptCost(), new CommonPasswords()),
                mailer, clock, config.baseUrl());

        Progress progress = new Progress(new ProgressRepository(db), content::catalog, clock);
        CourseRoutes courses = new CourseRoutes(content::catalog, views, progress);
        ProgressRoutes progressRoutes = new ProgressRoutes(content::catalog, progress, views);
        DataExport export = new DataExport(clock);
        SettingsRoutes settings = new SettingsRoutes(users, accounts, sessions, export, views,
                mailer, client);
        export.add("learning", new LearningExport(new ProgressRepository(db), content::catalog)::of);
        CourseAssets assets = new CourseAssets(content::catalog);
        AccountRoutes accountRoutes = new AccountRoutes(accounts, sessions, views, client);
        QuizService quizService = new QuizService(new QuizRepository(db), progress, content::catalog, clock);
        QuizRoutes quizRoutes = new QuizRoutes(quizService, progress, content::catalog, views,
                id -> users.find(id).isPresent());
        courses.lessonBox(quizRoutes::lessonBox);
        export.add("quiz_attempts", new QuizExport(new QuizRepository(db))::of);
        MeRoutes me = new MeRoutes(views, config.timezone());
        me.addSection(progressRoutes::dashboard);
        AdminRoutes admin = new AdminRoutes(users, views, clock, config.timezone());
        admin.addSection(quizRoutes::adminSection);
        PrivacyRoutes privacy = new PrivacyRoutes(views, markdown, config.privacyContact());

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.port = config.port();
            cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorPage()));
            cfg.jetty.modifyServletContextHandler(MethodFilter::install);
            cfg.http.maxRequestSize = 1_000_000;
            cfg.routes.before(ctx -> {
                ErrorPages.assignRequestId(ctx);
                SecurityHeaders.apply(ctx, sessions.secure(ctx));
                Lang.resolve(ctx);
                sessions.load(ctx);
            });
            // Every state-changing route checks its CSRF token before its handler runs. Wrapping the routes (not a
            // before-filter) lets a POST to an address that takes none get its honest 404 or 405.
            cfg.http.prefer405over404 = true;
            cfg.router.handlerWrapper(endpoint -> endpoint.method == io.javalin.http.HandlerType.GET
                    || endpoint.method == io.javalin.http.HandlerType.HEAD || !endpoint.method.isHttpMethod()
                    ? endpoint.handler : ctx -> {
                        Csrf.check(ctx, sessions.secure(ctx));
                        endpoint.handler.handle(ctx);
                    });
            errors.register(cfg.routes);
            cfg.routes.get("/static/app.css", statics::stylesheet);
            cfg.routes.get(StaticFiles.ICON, statics::icon);
            cfg.routes.get("/favicon.ico", statics::favicon);
            cfg.routes.get("/health", ctx -> {
                String status = db.read(c -> {
                    try (var s = c.createStatement(); var rs = s.executeQuery("SELECT created_at FROM instance")) {
                        return rs.next() ? "ok" : "no instance row";
                    }
                });
                ctx.contentType("text/plain; charset=utf-8").result(status);
            });
            accountRoutes.register(cfg.routes);
            me.register(cfg.routes);
            settings.register(cfg.routes);
            progressRoutes.register(cfg.routes);
            admin.register(cfg.routes);
            privacy.register(cfg.routes);
            assets.register(cfg.routes);
            quizRoutes.register(cfg.routes); // before the course pages: /courses/<c>/exam is not a module
            courses.register(cfg.routes);
        });
    }

    /**
     * Every six hours, forgets what is no longer needed: expired sessions, throttling counters older than a day
     * (they hold addresses), and used or expired email links.
     */
    private static void schedulePurge(Database db, Clock clock) {
        var scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "purge");
            t.setDaemon(true);
            return t;
        });
        Runnable purge = () -> {
            try {
                Instant now = clock.instant();
                new SessionRepository(db).purgeExpired(now.minus(Sessions.IDLE), now.minus(Sessions.ABSOLUTE));
                new AttemptRepository(db).purgeOlderThan(now.minus(java.time.Duration.ofDays(1)));
                new TokenRepository(db).purge(now.minus(java.time.Duration.ofDays(1)));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(App.class).warn("purge failed: {}", e.getMessage());
            }
        };
        scheduler.scheduleWithFixedDelay(purge, 1, 6 * 60, java.util.concurrent.TimeUnit.MINUTES);
    }

    private static void recordInstance(Database db, Clock clock) {
        db.write(c -> {
            try (var s = c.prepareStatement("INSERT INTO instance (id, created_at) SELECT 1, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM instance WHERE id = 1)")) {
                s.setString(1, Instant.now(clock).toString());
                return s.executeUpdate();
            }
        });
    }
}
