package org.sanayan.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.TestApp;
import org.sanayan.Web;

class CourseRoutesTest {

    @TempDir
    Path data;

    private void run(TestApp.Scenario scenario) {
        TestApp.run(TestApp.fixture("web"), data, scenario);
    }

    @Test
    void catalog_lists_each_course_with_title_summary_level_hours_and_languages() {
        run((web, db) -> {
            Web.Page page = web.get("/");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("<a href=\"/courses/demo\">Demo course</a>"));
            assertTrue(page.body().contains("A small course for the web tests."));
            assertTrue(page.body().contains("Beginner"));
            assertTrue(page.body().contains("2 hours"));
            assertTrue(page.body().contains("English, Filipino"));
        });
    }

    @Test
    void course_page_lists_modules_and_lessons_in_order_with_reading_times() {
        run((web, db) -> {
            String page = web.get("/courses/demo").body();
            assertTrue(page.contains("Welcome to the <strong>demo course</strong>"));
            String body = page.substring(page.indexOf("<ol class=\"modules\">"));
            int basics = body.indexOf("href=\"/courses/demo/basics\"");
            int hello = body.indexOf("href=\"/courses/demo/basics/hello\"");
            int next = body.indexOf("href=\"/courses/demo/basics/next\"");
            int more = body.indexOf("href=\"/courses/demo/more\"");
            int third = body.indexOf("href=\"/courses/demo/more/third\"");
            assertTrue(basics > 0 && basics < hello && hello < next && next < more && more < third, body);
            assertTrue(body.contains("4 min"), "front-matter minutes shown");
            assertTrue(body.contains("href=\"/courses/demo/glossary\""));
            assertFalse(page.contains("01-hello"), "addresses never carry the NN- prefix");
        });
    }

    @Test
    void module_page_shows_its_introduction_and_lessons() {
        run((web, db) -> {
            Web.Page page = web.get("/courses/demo/basics");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("<h1>Basics</h1>"));
            assertTrue(page.body().contains("The basics of the demo."));
            assertTrue(page.body().contains("href=\"/courses/demo/basics/hello\""));
            assertTrue(page.body().contains("rel=\"next\" href=\"/courses/demo/more\""));
            assertTrue(page.body().contains("<a class=\"button\" href=\"/courses/demo/basics/hello\">Start this module: "),
                    "a clear first step into the module");
            Web lara = web.otherBrowser();
            org.sanayan.Accounts.signup(lara, "Lara", "lara@example.ph", org.sanayan.Accounts.PASSWORD);
            lara.submit("/courses/demo/basics/hello", "/courses/demo/basics/hello/complete");
            String after = lara.get("/courses/demo/basics").body();
            assertTrue(after.contains("<a class=\"button\" href=\"/courses/demo/basics/next\">Continue this module: "),
                    after);
            assertTrue(after.contains("1 of 2 lessons, 50%"), "the module's progress");
        });
    }

    @Test
    void lesson_page_has_title_menu_breadcrumbs_neighbours_and_reading_time() {
        run((web, db) -> {
            Web.Page page = web.get("/courses/demo/basics/next");
            String body = page.body();
            assertEquals(200, page.status());
            assertTrue(body.contains(">The next lesson</h1>"));
            assertTrue(body.contains("<h2 id=\"part-two\">Part two</h2>"));
            assertTrue(body.contains("Reading time: 1 min"));
            assertTrue(body.contains("rel=\"prev\" href=\"/courses/demo/basics/hello\""));
            assertTrue(body.contains("rel=\"next\" href=\"/courses/demo/more/third\""));
            assertTrue(body.contains("aria-current=\"page\"><strong>The next lesson</strong>"), "menu marks it");
            assertTrue(body.contains("<li><a href=\"/courses/demo\">Demo course</a></li>"), "breadcrumb");
            assertTrue(body.contains("<li><a href=\"/courses/demo/basics\">Basics</a></li>"), "breadcrumb");
        });
    }

    @Test
    void lesson_links_and_images_point_at_site_addresses_and_unsafe_parts_are_neutralised() {
        run((web, db) -> {
            String body = web.get("/courses/demo/basics/hello").body();
            assertTrue(body.contains("href=\"/courses/demo/basics/next#part-two\""), body);
            assertTrue(body.contains("src=\"/courses/demo/assets/images/logo.png\""));
            assertTrue(body.contains("href=\"/courses/demo/glossary#reach\""));
            assertTrue(body.contains("&lt;script&gt;alert"), "raw HTML shown as text");
            assertFalse(body.contains("<script"));
            assertFalse(body.toLowerCase().contains("javascript:"));
            assertTrue(body.contains("class=\"callout callout-tip\""));
        });
    }

    @Test
    void glossary_terms_are_anchors() {
        run((web, db) -> {
            Web.Page page = web.get("/courses/demo/glossary");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("<h2 id=\"engagement-rate\">Engagement rate</h2>"));
            assertTrue(page.body().contains("<h2 id=\"reach\">Reach</h2>"));
            assertTrue(page.body().contains("<li><a href=\"#engagement-rate\">E</a></li>"), page.body());
            assertTrue(page.body().contains("<li><a href=\"#reach\">R</a></li>"));
            assertTrue(page.body().contains("<li aria-hidden=\"true\"><span>Z</span></li>"));
        });
    }

    @Test
    void filipino_readers_get_the_translation_or_the_english_text_with_a_note() {
        run((web, db) -> {
            Web.Page translated = web.get("/courses/demo/basics/hello?lang=fil");
            assertTrue(translated.body().contains("<html lang=\"fil\">"));
            assertTrue(translated.body().contains(">Kumusta, mag-aaral</h1>"));
            assertTrue(translated.body().contains("class=\"callout callout-exercise\""));
            assertFalse(translated.body().contains("Wala pang salin"));

            Web.Page fallback = web.get("/courses/demo/basics/next");
            assertTrue(fallback.body().contains("<html lang=\"fil\">"), "the choice is remembered by cookie");
            assertTrue(fallback.body().contains(">The next lesson</h1>"));
            assertTrue(fallback.body().contains("Wala pang salin sa Filipino ang araling ito"));
            assertTrue(fallback.body().contains("class=\"prose\" lang=\"en\""), "English text marked as English");
        });
    }

    @Test
    void language_switch_sets_a_cookie_and_accept_language_decides_otherwise() {
        run((web, db) -> {
            Web.Page switched = web.get("/?lang=fil");
            String cookie = switched.header("Set-Cookie");
            assertTrue(cookie != null && cookie.startsWith("lang=fil"), String.valueOf(cookie));
            assertTrue(cookie.contains("Max-Age="));
            assertTrue(switched.body().contains("Mga kurso"));
            assertTrue(web.get("/?lang=en").body().contains("<html lang=\"en\">"));
            String lesson = web.get("/courses/demo/basics/hello?x=1").body();
            assertTrue(lesson.contains("href=\"?x=1&amp;lang=fil\""), "the switch keeps the page and its query");
            Web.Page odd = web.getRaw("//evil.example/");
            assertFalse(odd.body().contains("href=\"//evil.example"), "an odd path never becomes a link elsewhere");
        });
        run((web, db) -> {
            assertTrue(web.get("/", "Accept-Language", "fil-PH,fil;q=0.9,en;q=0.8").body()
                    .contains("<html lang=\"fil\">"));
            assertTrue(web.get("/", "Accept-Language", "tl").body().contains("<html lang=\"fil\">"));
            assertTrue(web.get("/", "Accept-Language", "en-US,en;q=0.9,fil;q=0.5").body()
                    .contains("<html lang=\"en\">"));
            assertTrue(web.get("/", "Accept-Language", "de").body().contains("<html lang=\"en\">"));
        });
    }

    @Test
    void old_addresses_from_aliases_redirect_permanently() {
        run((web, db) -> {
            String[][] cases = {
                {"/courses/demo/basics/old-next", "/courses/demo/basics/next"},
                {"/courses/demo/extra", "/courses/demo/more"},
                {"/courses/demo/extra/third", "/courses/demo/more/third"},
                {"/courses/demo/basics/moved-away", "/courses/demo/more/third"},
                {"/courses/demo/basics/old-next?lang=fil", "/courses/demo/basics/next?lang=fil"},
            };
            for (String[] c : cases) {
                Web.Page page = web.get(c[0]);
                assertEquals(301, page.status(), c[0]);
                assertTrue(page.header("Location").endsWith(c[1]), c[0] + " -> " + page.header("Location"));
            }
        });
    }

    @Test
    void unknown_pages_get_a_404_page_in_the_readers_language() {
        run((web, db) -> {
            for (String path : new String[] {"/nope", "/courses/none", "/courses/demo/none",
                    "/courses/demo/basics/none", "/courses/none/glossary", "/courses/demo/basics/hello/extra/deep"}) {
                Web.Page page = web.get(path);
                assertEquals(404, page.status(), path);
                assertTrue(page.body().contains("<h1>Page not found</h1>"), path + ": " + page.body());
            }
            Web.Page fil = web.get("/courses/none", "Accept-Language", "fil");
            assertEquals(404, fil.status());
            assertTrue(fil.body().contains("Walang ganitong pahina"));
            assertTrue(fil.body().contains("Walang kurso sa address na ito."));
        });
    }
}
