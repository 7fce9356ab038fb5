package org.sanayan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.TestApp;
import org.sanayan.Web;
import org.sanayan.content.ContentLoader;

/** Odd requests get a clear 4xx page, never a 500. */
class BadInputTest {

    @TempDir
    Path data;

    @Test
    void a_broken_accept_language_header_is_ignored() {
        TestApp.run(TestApp.fixture("web"), data, (web, db) -> {
            for (String header : new String[] {";", "-", "en,;", ";;;", "q=", ",,,"}) {
                Web.Page page = web.get("/", "Accept-Language", header);
                assertEquals(200, page.status(), header);
                assertTrue(page.body().contains("<html lang=\"en\">"));
            }
        });
    }

    @Test
    void an_address_that_never_reaches_the_app_still_gets_a_page_with_security_headers() {
        TestApp.run(TestApp.fixture("web"), data, (web, db) -> {
            for (String raw : new String[] {"/courses/x/%zz", "/courses/%00", "/" + "a".repeat(9000)}) {
                Web.Page page = web.getRaw(raw);
                assertTrue(page.status() == 400 || page.status() == 414, raw + ": " + page.status());
                assertEquals(SecurityHeaders.CSP, page.header("Content-Security-Policy"), raw);
                assertTrue(page.body().contains("Something in the request is not right"), page.body());
                assertTrue(page.body().contains("May mali sa ipinadala"));
                assertFalse(page.body().toLowerCase().contains("jetty"));
            }
        });
    }

    @Test
    void a_method_in_the_wrong_case_is_a_405_page_not_a_500() {
        TestApp.run(TestApp.fixture("web"), data, (web, db) -> {
            for (String method : new String[] {"get", "PoSt", "head"}) {
                var r = web.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.origin() + "/"))
                        .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(405, r.statusCode(), method);
                assertEquals(SecurityHeaders.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), method);
            }
        });
    }

    @Test
    void a_post_to_an_address_that_takes_none_is_405_or_404_and_forms_still_need_their_token() {
        TestApp.run(TestApp.fixture("web"), data, (web, db) -> {
            String token = Web.csrf(web.get("/login"));
            Web.Page wrongMethod = web.post("/privacy", "_csrf", token);
            assertEquals(405, wrongMethod.status());
            assertTrue(wrongMethod.body().contains("This address does not accept that kind of request."));
            assertEquals(404, web.post("/nowhere", "_csrf", token).status());
            assertEquals(403, web.post("/login", "email", "a@example.ph", "password", "x").status(), "no token");
            assertEquals(403, web.post("/courses/demo/enrol").status());
        });
    }

    @Test
    void a_form_that_cannot_be_read_is_a_400_not_a_500() {
        TestApp.run(TestApp.fixture("web"), data, (web, db) -> {
            for (String type : new String[] {"application/x-www-form-urlencoded; charset=bogus",
                    "multipart/form-data; boundary=xx"}) {
                var response = web.http().send(HttpRequest.newBuilder(URI.create(web.origin() + "/login"))
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("garbage"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, response.statusCode(), type);
                assertFalse(response.body().contains("Exception"));
            }
        });
    }

    @Test
    void editor_backups_and_unknown_files_in_a_course_are_never_served_and_validate_warns(@TempDir Path content)
            throws Exception {
        Path c = content.resolve("c");
        Files.createDirectories(c.resolve("01-m"));
        Files.writeString(c.resolve("course.md"), "---\ntitle: C\nsummary: S\n---\n");
        Files.writeString(c.resolve("01-m/module.md"), "---\ntitle: M\n---\n");
        Files.writeString(c.resolve("01-m/01-l.md"), "---\ntitle: L\n---\nText.\n");
        Files.writeString(c.resolve("01-m/01-l.quiz.md"), "## Q?\n\n= secret-answer\n");
        Files.writeString(c.resolve("01-m/01-l.quiz.md~"), "## Q?\n\n= secret-answer\n");
        Files.writeString(c.resolve("01-m/01-l.quiz.md.bak"), "## Q?\n\n= secret-answer\n");
        Files.writeString(c.resolve("01-m/notes.QUIZ.MD.txt"), "secret-answer");
        Files.writeString(c.resolve("01-m/script.sh"), "rm -rf /");
        Files.writeString(c.resolve("01-m/ok.txt"), "fine");
        ContentLoader.Result result = new ContentLoader().load(content);
        assertFalse(result.hasErrors(), result.problems().toString());
        assertEquals(4, result.problems().stream().filter(p -> p.message().startsWith("not served")).count(),
                result.problems().toString());
        TestApp.run(content, data, (web, db) -> {
            for (String name : new String[] {"01-l.quiz.md~", "01-l.quiz.md.bak", "notes.QUIZ.MD.txt", "script.sh"}) {
                Web.Page page = web.get("/courses/c/assets/01-m/" + name.replace("~", "%7E"));
                assertEquals(404, page.status(), name);
                assertFalse(page.body().contains("secret-answer"));
            }
            assertEquals(200, web.get("/courses/c/assets/01-m/ok.txt").status());
        });
    }
}
