package org.sanayan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.TestApp;
import org.sanayan.Web;

class WebBasicsTest {

    @TempDir
    Path data;

    private void run(TestApp.Scenario scenario) {
        TestApp.run(TestApp.fixture("web"), data, scenario);
    }

    private static void assertSecurityHeaders(Web.Page page, String what) {
        assertEquals(SecurityHeaders.CSP, page.header("Content-Security-Policy"), what);
        assertEquals("nosniff", page.header("X-Content-Type-Options"), what);
        assertEquals("same-origin", page.header("Referrer-Policy"), what);
        String server = page.header("Server");
        assertTrue(server == null || !server.matches(".*\\d.*"), what + ": no server version, got " + server);
    }

    @Test
    void security_headers_are_on_pages_errors_assets_and_the_stylesheet() throws Exception {
        run((web, db) -> {
            assertSecurityHeaders(web.get("/"), "page");
            assertSecurityHeaders(web.get("/courses/demo/basics/hello"), "lesson");
            assertSecurityHeaders(web.get("/nope"), "404");
            assertSecurityHeaders(web.get("/courses/demo/assets/images/logo.png"), "asset");
            assertSecurityHeaders(web.get("/courses/demo/assets/nope.png"), "missing asset");
            String css = web.get("/").body().replaceAll("(?s).*href=\"(/static/app\\.css\\?v=[0-9a-f]+)\".*", "$1");
            assertSecurityHeaders(web.get(css), "stylesheet");
            assertSecurityHeaders(web.getRaw("/courses/demo/assets/%2e%2e/course.md"), "traversal");
            Web.Page forbidden = web.post("/logout", "_csrf", "forged");
            assertEquals(403, forbidden.status());
            assertSecurityHeaders(forbidden, "403");
            assertSecurityHeaders(web.get("/login"), "login form");
        });
    }

    @Test
    void pages_say_their_charset_and_pages_for_a_logged_in_learner_are_never_stored() {
        run((web, db) -> {
            Web.Page anonymous = web.get("/courses/demo/basics/hello");
            assertEquals("text/html;charset=utf-8", anonymous.header("Content-Type").replace(" ", "").toLowerCase());
            assertNull(anonymous.header("Cache-Control"), "a public lesson may be kept by the browser");
            Web lara = web.otherBrowser();
            org.sanayan.Accounts.signup(lara, "Lara", "lara@example.ph", org.sanayan.Accounts.PASSWORD);
            for (String path : List.of("/me", "/courses/demo/basics/hello", "/me/account")) {
                assertEquals("private, no-store", lara.get(path).header("Cache-Control"), path);
            }
        });
    }

    @Test
    void head_answers_with_the_status_get_would_give_and_no_body() throws Exception {
        run((web, db) -> {
            for (String path : List.of("/", "/courses/demo/basics/hello", "/courses/demo/nope/nope", "/courses/nope",
                    "/courses/demo/assets/nope.png", "/me", "/admin/users", "/courses/demo/assets/images/logo.png")) {
                var get = web.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.origin() + path))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                var head = web.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.origin() + path))
                        .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(get.statusCode(), head.statusCode(), "HEAD " + path);
                assertEquals(0, head.body().length, "HEAD " + path);
            }
        });
    }

    @Test
    void pages_contain_no_inline_script_or_style() {
        run((web, db) -> {
            for (String path : List.of("/", "/courses/demo", "/courses/demo/basics", "/courses/demo/basics/hello",
                    "/courses/demo/glossary", "/nope")) {
                String body = web.get(path).body();
                assertFalse(body.contains("<script"), path);
                assertFalse(body.contains("<style"), path);
                assertFalse(body.contains(" style="), path);
            }
        });
    }

    @Test
    void assets_are_served_with_a_content_type_and_cache_headers() {
        run((web, db) -> {
            Web.Page logo = web.get("/courses/demo/assets/images/logo.png");
            assertEquals(200, logo.status());
            assertEquals("image/png", logo.header("Content-Type"));
            assertTrue(logo.header("Cache-Control").contains("max-age="));
            assertNotNull(logo.header("ETag"));
            Web.Page again = web.get("/courses/demo/assets/images/logo.png", "If-None-Match", logo.header("ETag"));
            assertEquals(304, again.status());
        });
    }

    @Test
    void a_range_request_gets_exactly_those_bytes_of_any_asset_so_downloads_resume_and_videos_seek() throws Exception {
        byte[] logo = java.nio.file.Files.readAllBytes(TestApp.fixture("web").resolve("demo/images/logo.png"));
        int n = logo.length;
        record Case(String range, int status, String contentRange, int from, int to) {
        }
        List<Case> cases = List.of(
                new Case("bytes=10-19", 206, "bytes 10-19/" + n, 10, 20),
                new Case("bytes=10-", 206, "bytes 10-" + (n - 1) + "/" + n, 10, n),
                new Case("bytes=-4", 206, "bytes " + (n - 4) + "-" + (n - 1) + "/" + n, n - 4, n),
                new Case("bytes=0-99999", 206, "bytes 0-" + (n - 1) + "/" + n, 0, n),
                new Case("bytes=" + n + "-", 416, "bytes */" + n, 0, 0),
                new Case("bytes=0-1,5-6", 200, null, 0, n),
                new Case("bytes=9-3", 200, null, 0, n),
                new Case("bytes=99999999999999999999999-", 200, null, 0, n),
                new Case("lines=1-2", 200, null, 0, n));
        run((web, db) -> {
            for (Case c : cases) {
                var response = web.http().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(web.origin() + "/courses/demo/assets/images/logo.png"))
                        .header("Range", c.range()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(c.status(), response.statusCode(), c.range());
                assertEquals(c.contentRange(), response.headers().firstValue("Content-Range").orElse(null), c.range());
                if (c.status() != 416) {
                    assertArrayEquals(java.util.Arrays.copyOfRange(logo, c.from(), c.to()), response.body(), c.range());
                }
            }
            var stale = web.http().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(web.origin() + "/courses/demo/assets/images/logo.png"))
                    .header("Range", "bytes=10-19").header("If-Range", "\"old\"").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, stale.statusCode(), "a changed file is sent whole");
            assertArrayEquals(logo, stale.body());
        });
    }

    @Test
    void the_stylesheet_is_cached_for_a_year_under_a_versioned_address() {
        run((web, db) -> {
            String css = web.get("/").body().replaceAll("(?s).*href=\"(/static/app\\.css\\?v=[0-9a-f]+)\".*", "$1");
            Web.Page page = web.get(css);
            assertEquals(200, page.status());
            assertTrue(page.header("Content-Type").startsWith("text/css"));
            assertTrue(page.header("Cache-Control").contains("immutable"));
        });
    }

    @Test
    void the_site_icon_is_linked_and_served_and_favicon_ico_gets_an_empty_answer_browsers_keep() {
        run((web, db) -> {
            assertTrue(web.get("/").body().contains("<link rel=\"icon\" href=\"/static/icon.svg\""));
            Web.Page icon = web.get("/static/icon.svg");
            assertEquals(200, icon.status());
            assertTrue(icon.header("Content-Type").startsWith("image/svg+xml"), icon.header("Content-Type"));
            assertTrue(icon.body().startsWith("<svg") && icon.body().length() < 1000, icon.body());
            assertEquals("public, max-age=604800", icon.header("Cache-Control"));
            assertEquals(304, web.get("/static/icon.svg", "If-None-Match", icon.header("ETag")).status());
            assertSecurityHeaders(icon, "icon");

            Web.Page favicon = web.get("/favicon.ico");
            assertEquals(204, favicon.status(), "not the 404 page");
            assertEquals("", favicon.body());
            assertEquals("public, max-age=604800", favicon.header("Cache-Control"));
            assertNull(favicon.header("Set-Cookie"));
        });
    }

    @Test
    void markdown_files_and_paths_that_leave_the_course_folder_are_not_served() throws Exception {
        run((web, db) -> {
            for (String path : List.of(
                    "/courses/demo/assets/course.md",
                    "/courses/demo/assets/01-basics/01-hello.md",
                    "/courses/demo/assets/glossary.fil.md",
                    "/courses/demo/assets/../course.md",
                    "/courses/demo/assets/images/../course.md",
                    "/courses/demo/assets/%2e%2e/course.md",
                    "/courses/demo/assets/..%2fcourse.md",
                    "/courses/demo/assets/..%2F..%2Fweb%2Fdemo%2Fcourse.md",
                    "/courses/demo/assets/%2e%2e%2f%2e%2e%2fpom.xml",
                    "/courses/demo/assets/images%2f..%2f..%2f..%2fpom.xml",
                    "/courses/demo/assets/images/%252e%252e/course.md",
                    "/courses/demo/assets//etc/passwd",
                    "/courses/demo/assets/%2fetc%2fpasswd")) {
                Web.Page page = web.getRaw(path);
                assertEquals(404, page.status(), path);
                assertFalse(page.body().contains("title: Demo course"), path);
                assertFalse(page.body().contains("root:"), path);
            }
        });
    }

    @Test
    void a_symlink_is_served_only_when_it_leads_to_an_asset_inside_the_course(@TempDir Path content) throws Exception {
        Path course = content.resolve("linked");
        Files.createDirectories(course.resolve("01-m"));
        Files.writeString(course.resolve("course.md"), "---\ntitle: Linked\nsummary: s\n---\n");
        Files.writeString(course.resolve("01-m/module.md"), "---\ntitle: M\n---\n");
        Files.writeString(course.resolve("01-m/01-l.md"), "---\ntitle: L\n---\nText.\n");
        Path secret = content.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        Files.createDirectories(course.resolve("images"));
        Files.createSymbolicLink(course.resolve("images/leak.txt"), secret);
        Files.createSymbolicLink(course.resolve("images/course.txt"), Path.of("../course.md"));
        Files.createSymbolicLink(course.resolve("images/lesson.png"), Path.of("../01-m/01-l.md"));
        Files.writeString(course.resolve("images/ok.txt"), "fine");
        Files.createSymbolicLink(course.resolve("images/also-ok.txt"), Path.of("ok.txt"));
        TestApp.run(content, data, (web, db) -> {
            for (String name : List.of("leak.txt", "course.txt", "lesson.png")) {
                Web.Page page = web.get("/courses/linked/assets/images/" + name);
                assertEquals(404, page.status(), name);
                assertFalse(page.body().contains("top secret") || page.body().contains("title:"), name);
            }
            assertEquals(200, web.get("/courses/linked/assets/images/ok.txt").status());
            assertEquals("fine", web.get("/courses/linked/assets/images/also-ok.txt").body());
        });
    }

    @Test
    void an_unexpected_error_shows_a_500_page_with_a_request_id_and_no_stack_trace() {
        run((web, db) -> {
            db.close(); // the health check's query now fails inside the handler
            Web.Page page = web.get("/health");
            assertEquals(500, page.status());
            assertTrue(page.body().contains("Something went wrong on our side"));
            assertTrue(page.body().matches("(?s).*tell the school this code: [0-9a-f]{12}.*"), page.body());
            assertFalse(page.body().contains("Exception"));
            assertFalse(page.body().contains("at org."));
            assertSecurityHeaders(page, "500");
        });
    }

    @Test
    void health_check_answers_ok_when_the_database_is_readable() {
        run((web, db) -> {
            Web.Page page = web.get("/health");
            assertEquals(200, page.status());
            assertEquals("ok", page.body());
            assertNull(page.header("Set-Cookie"));
        });
    }
}
