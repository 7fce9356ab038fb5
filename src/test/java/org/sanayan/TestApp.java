package org.sanayan;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.net.CookieManager;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import org.sanayan.content.ContentStore;
import org.sanayan.db.Database;

/**
 * Starts the real app for a test: the given content folder, a fresh SQLite file in the test's temp folder
 * (migrations run by Flyway), real HTTP through JavalinTest with a client that keeps cookies and does not follow
 * redirects, as a browser's history would show them.
 */
public final class TestApp {

    @FunctionalInterface
    public interface Scenario {
        void run(Web web, Database db) throws Exception;
    }

    private TestApp() {
    }

    /** A folder under src/test/resources/fixtures, as copied to the test classpath. */
    public static Path fixture(String name) {
        try {
            return Path.of(TestApp.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every route the app registers, as "METHOD /path" in the router's own syntax ({@code /attempts/{id}}), in
     * the order registered; filters (before, after) are left out.
     */
    public static java.util.List<String> routes(Config config) {
        ContentStore.Loaded loaded = ContentStore.open(config.contentDir());
        try (Database db = Database.open(config.databaseFile())) {
            return App.create(config, loaded.store(), db).unsafe.internalRouter.allHttpHandlers().stream()
                    .map(e -> e.endpoint)
                    .filter(e -> e.method.isHttpMethod())
                    .map(e -> e.method.name() + " " + e.path)
                    .toList();
        }
    }

    public static void run(Path content, Path dataDir, Scenario scenario) {
        run(Config.forTest(dataDir, content), scenario);
    }

    public static void run(Config config, Scenario scenario) {
        run(config, java.time.Clock.systemUTC(), scenario);
    }

    public static void run(Config config, java.time.Clock clock, Scenario scenario) {
        ContentStore.Loaded loaded = ContentStore.open(config.contentDir());
        assertFalse(loaded.result().hasErrors(), () -> "fixture has errors: " + loaded.result().problems());
        try (Database db = Database.open(config.databaseFile())) {
            Javalin app = App.create(config, loaded.store(), db, clock);
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new CookieManager()).build();
            JavalinTest.test(app, new TestConfig(false, false, http), (server, client) ->
                    scenario.run(new Web(client, http), db));
        }
    }
}
