package org.sanayan;

import io.javalin.Javalin;
import java.time.Instant;
import org.sanayan.content.ContentStore;
import org.sanayan.db.Database;
import org.sanayan.learning.CourseRoutes;
import org.sanayan.web.CourseAssets;
import org.sanayan.web.ErrorPages;
import org.sanayan.web.Lang;
import org.sanayan.web.SecurityHeaders;
import org.sanayan.web.StaticFiles;
import org.sanayan.web.Views;

/** The composition root: builds every part from the configuration and returns the (unstarted) web app. */
public final class App {

    private App() {
    }

    public static Javalin create(Config config, ContentStore content, Database db) {
        db.write(c -> {
            try (var s = c.prepareStatement("INSERT INTO instance (id, created_at) SELECT 1, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM instance WHERE id = 1)")) {
                s.setString(1, Instant.now().toString());
                return s.executeUpdate();
            }
        });
        StaticFiles statics = new StaticFiles();
        Views views = new Views(statics);
        ErrorPages errors = new ErrorPages(views);
        CourseRoutes courses = new CourseRoutes(content::catalog, views);
        CourseAssets assets = new CourseAssets(content::catalog);

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.port = config.port();
            cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            cfg.http.maxRequestSize = 1_000_000;
            cfg.routes.before(ctx -> {
                ErrorPages.assignRequestId(ctx);
                SecurityHeaders.apply(ctx);
                Lang.resolve(ctx);
            });
            errors.register(cfg.routes);
            cfg.routes.get("/static/app.css", statics::stylesheet);
            cfg.routes.get("/health", ctx -> {
                String status = db.read(c -> {
                    try (var s = c.createStatement(); var rs = s.executeQuery("SELECT created_at FROM instance")) {
                        return rs.next() ? "ok" : "no instance row";
                    }
                });
                ctx.contentType("text/plain; charset=utf-8").result(status);
            });
            assets.register(cfg.routes);
            courses.register(cfg.routes);
        });
    }
}
