package org.sanayan.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.Accounts;
import org.sanayan.Config;
import org.sanayan.Outbox;
import org.sanayan.TestApp;
import org.sanayan.TestClock;
import org.sanayan.Web;

class AccountFlowsTest {

    static final String PASSWORD = Accounts.PASSWORD;

    @TempDir
    Path data;

    final TestClock clock = new TestClock();

    private void run(TestApp.Scenario scenario) {
        TestApp.run(Config.forTest(data, TestApp.fixture("web")), clock, scenario);
    }

    static Web.Page signup(Web web, String name, String email, String password) {
        return Accounts.signup(web, name, email, password);
    }

    static Web.Page login(Web web, String email, String password) {
        return Accounts.login(web, email, password);
    }

    @Test
    void a_visitor_sent_to_log_in_from_a_lesson_can_sign_up_instead_and_lands_back_on_that_lesson() {
        run((web, db) -> {
            String lesson = "/courses/demo/basics/hello";
            String header = web.get(lesson).body();
            assertTrue(header.contains("href=\"/login?next=%2Fcourses%2Fdemo%2Fbasics%2Fhello\"")
                    && header.contains("href=\"/signup?next=%2Fcourses%2Fdemo%2Fbasics%2Fhello\""),
                    "the header's links come back to the page too");
            String login = web.get("/login?next=" + lesson).body();
            assertTrue(login.contains("href=\"/signup?next=%2Fcourses%2Fdemo%2Fbasics%2Fhello\""), login);
            String form = web.get("/signup?next=" + lesson).body();
            assertTrue(form.contains("<input type=\"hidden\" name=\"next\" value=\"" + lesson + "\">"), form);
            Web.Page done = web.submit("/signup?next=" + lesson, "/signup", "name", "Ana", "email", "ana@example.ph",
                    "password", PASSWORD, "consent", "1", "next", lesson);
            assertEquals(303, done.status());
            assertEquals(lesson, done.header("Location"));
            Web.Page elsewhere = web.otherBrowser().submit("/signup", "/signup", "name", "Bo", "email", "bo@example.ph",
                    "password", PASSWORD, "consent", "1", "next", "//evil.example/");
            assertEquals("/me", elsewhere.header("Location"), "only this site's own pages");
        });
    }

    @Test
    void the_privacy_notice_is_in_both_languages_and_shows_the_operator_s_contact_as_plain_text() {
        run((web, db) -> {
            String en = web.get("/privacy?lang=en").body();
            assertTrue(en.contains("Data Privacy Act of 2012"), en);
            assertTrue(en.contains("has not published contact details here yet"));
            String fil = web.get("/privacy?lang=fil").body();
            assertTrue(fil.contains("Data Privacy Act of 2012") && fil.contains("Abiso sa privacy"), fil);
        });
        TestApp.run(Config.forTest(data.resolve("contact"), TestApp.fixture("web"))
                .withPrivacyContact("Paaralang Pag-asa, dpo@pagasa.example.ph <b>"), clock, (web, db) -> {
                    String page = web.get("/privacy").body();
                    assertTrue(page.contains("Paaralang Pag-asa, dpo@pagasa.example.ph &lt;b&gt;"), page);
                });
    }

    @Test
    void signing_up_starts_a_session_and_sends_a_verification_link() {
        run((web, db) -> {
            Web.Page page = signup(web, "Maria Santos", "maria@example.ph", PASSWORD);
            assertEquals(303, page.status());
            assertEquals("/me", page.header("Location"));
            Web.Page me = web.get("/me");
            assertEquals(200, me.status());
            assertTrue(me.body().contains("Hello, Maria Santos!"));
            assertTrue(me.body().contains("Please confirm your email address (maria@example.ph)"));
            Outbox outbox = new Outbox(data);
            assertEquals(1, outbox.to("maria@example.ph").size());
            String link = outbox.lastLink("maria@example.ph", "/verify");
            assertTrue(outbox.to("maria@example.ph").get(0).contains("http://localhost:7070/verify?token="),
                    "links are built from SANAYAN_BASE_URL");

            Web.Page verified = web.get(link);
            assertEquals(200, verified.status());
            assertTrue(verified.body().contains("Email address confirmed"));
            assertFalse(web.get("/me").body().contains("Please confirm your email address"));
            Web.Page again = web.get(link);
            assertEquals(200, again.status(), "mail apps open links twice");
            assertTrue(again.body().contains("Your email address is already confirmed"), again.body());
            Web.Page wrong = web.get("/verify?token=" + "x".repeat(43));
            assertEquals(400, wrong.status());
            assertTrue(wrong.body().contains("This link no longer works"));
        });
    }

    @Test
    void each_signup_field_error_is_shown_next_to_the_field_with_the_values_kept_but_never_the_password() {
        run((web, db) -> {
            Web.Page page = web.submit("/signup", "/signup", "name", "", "email", "not-an-email",
                    "password", "short", "consent", "");
            assertEquals(422, page.status());
            assertTrue(page.body().contains("id=\"name-error\""));
            assertTrue(page.body().contains("Enter your name"));
            assertTrue(page.body().contains("Enter an email address like name@example.com."));
            assertTrue(page.body().contains("The password needs at least 8 characters."));
            assertTrue(page.body().contains("Please read the privacy notice and tick the box"));
            assertTrue(page.body().contains("value=\"not-an-email\""), "the email entered is kept");
            assertFalse(page.body().contains("value=\"short\""), "the password is never sent back");
            assertEquals(0L, (long) db.read(c -> org.sanayan.db.Jdbc.count(c, "SELECT COUNT(*) FROM users")));
        });
    }

    @Test
    void a_password_over_72_bytes_or_among_the_common_ones_is_refused_with_a_clear_message() {
        run((web, db) -> {
            String seventyThreeBytes = "é".repeat(36) + "x"; // 36 x 2 bytes + 1 = 73 bytes, 37 characters
            Web.Page tooLong = signup(web, "Ana", "ana@example.ph", seventyThreeBytes);
            assertEquals(422, tooLong.status());
            assertTrue(tooLong.body().contains("The password is too long: at most 72 bytes"));
            String seventyTwo = "é".repeat(36);
            assertEquals(303, signup(web.otherBrowser(), "Ana", "ana2@example.ph", seventyTwo).status(),
                    "exactly 72 bytes is accepted");
            Web.Page common = signup(web, "Ana", "ana3@example.ph", "password1");
            assertEquals(422, common.status());
            assertTrue(common.body().contains("among the most common ones"));
            Web.Page commonUpper = signup(web, "Ana", "ana3@example.ph", "SunShine");
            assertTrue(commonUpper.body().contains("among the most common ones"), "the check ignores case");
        });
    }

    @Test
    void an_email_is_unique_whatever_its_case() {
        run((web, db) -> {
            assertEquals(303, signup(web, "Jose", "jose@example.ph", PASSWORD).status());
            Web.Page dup = signup(web.otherBrowser(), "Jose Two", "JOSE@Example.PH", PASSWORD);
            assertEquals(422, dup.status());
            assertTrue(dup.body().contains("An account with this email address already exists"));
        });
    }

    @Test
    void login_and_logout_work_and_a_failed_login_says_the_same_for_known_and_unknown_emails() {
        run((web, db) -> {
            signup(web, "Lito", "lito@example.ph", PASSWORD);
            web.submit("/me", "/logout");
            assertEquals(302, web.get("/me").status(), "logged out");

            Web.Page wrongPassword = login(web, "lito@example.ph", "wrong-password-123");
            Web.Page unknownEmail = login(web, "nobody@example.ph", "wrong-password-123");
            assertEquals(wrongPassword.status(), unknownEmail.status());
            assertEquals(401, wrongPassword.status());
            assertTrue(wrongPassword.body().contains("Wrong email or password."));
            assertEquals(wrongPassword.body().replace("lito@example.ph", "E"),
                    unknownEmail.body().replace("nobody@example.ph", "E"));

            Web.Page ok = login(web, "LITO@example.ph", PASSWORD);
            assertEquals(303, ok.status());
            assertEquals(200, web.get("/me").status());
        });
    }

    @Test
    void login_returns_to_the_page_that_asked_for_it_but_never_to_another_site() {
        run((web, db) -> {
            signup(web, "Lito", "lito@example.ph", PASSWORD);
            web.submit("/me", "/logout");
            Web.Page redirect = web.get("/me/password");
            assertEquals(302, redirect.status());
            assertEquals("/login?next=%2Fme%2Fpassword", redirect.header("Location"));
            Web.Page loggedIn = web.submit("/login?next=%2Fme%2Fpassword", "/login", "email", "lito@example.ph",
                    "password", PASSWORD, "next", "/me/password");
            assertEquals("/me/password", loggedIn.header("Location"));
            web.submit("/me", "/logout");
            Web.Page evil = web.submit("/login", "/login", "email", "lito@example.ph", "password", PASSWORD,
                    "next", "//evil.example/steal");
            assertEquals("/me", evil.header("Location"));
        });
    }

    @Test
    void login_gives_a_new_session_token_and_the_old_cookie_is_dead_after_logout() {
        run((web, db) -> {
            signup(web, "Rosa", "rosa@example.ph", PASSWORD);
            String first = web.cookie(Sessions.COOKIE);
            assertNotNull(first);
            login(web, "rosa@example.ph", PASSWORD); // logged in already: a fresh login still rotates
            String second = web.cookie(Sessions.COOKIE);
            assertNotEquals(first, second);
            assertEquals(64, Tokens.sha256(second).length());
            assertTrue(second.length() >= 43, "256 random bits, base64url");
            assertEquals(0L, (long) db.read(c -> org.sanayan.db.Jdbc.count(c,
                    "SELECT COUNT(*) FROM sessions WHERE token_hash = ?", first)), "only hashes are stored");
            assertEquals(1L, (long) db.read(c -> org.sanayan.db.Jdbc.count(c,
                    "SELECT COUNT(*) FROM sessions WHERE token_hash = ?", Tokens.sha256(second))));

            web.submit("/me", "/logout");
            web.setCookie(Sessions.COOKIE, second);
            assertEquals(302, web.get("/me").status(), "the old cookie no longer works");
            web.setCookie(Sessions.COOKIE, first);
            assertEquals(302, web.get("/me").status());
        });
    }

    @Test
    void changing_the_password_asks_for_the_current_one_and_ends_every_other_session() {
        run((web, db) -> {
            signup(web, "Ben", "ben@example.ph", PASSWORD);
            Web phone = web.otherBrowser();
            login(phone, "ben@example.ph", PASSWORD);
            assertEquals(200, phone.get("/me").status());

            Web.Page wrong = web.submit("/me/password", "/me/password", "current", "not-it-at-all", "password",
                    "bagong-password-2026");
            assertEquals(422, wrong.status());
            assertTrue(wrong.body().contains("That is not your current password."));

            Web.Page ok = web.submit("/me/password", "/me/password", "current", PASSWORD, "password",
                    "bagong-password-2026");
            assertEquals(303, ok.status());
            assertEquals(200, web.get("/me").status(), "this session stays");
            assertEquals(302, phone.get("/me").status(), "the other session ended");
            assertEquals(401, login(web.otherBrowser(), "ben@example.ph", PASSWORD).status());
            assertEquals(303, login(web.otherBrowser(), "ben@example.ph", "bagong-password-2026").status());
        });
    }

    @Test
    void a_reset_link_works_once_within_an_hour_and_ends_every_session() {
        run((web, db) -> {
            signup(web, "Carla", "carla@example.ph", PASSWORD);
            Web other = web.otherBrowser();
            other.submit("/password/forgot", "/password/forgot", "email", "carla@example.ph");
            String older = new Outbox(data).lastLink("carla@example.ph", "/password/reset");
            Web.Page sent = other.submit("/password/forgot", "/password/forgot", "email", "carla@example.ph");
            assertEquals(200, sent.status());
            String link = new Outbox(data).lastLink("carla@example.ph", "/password/reset");
            assertEquals(200, other.get(link).status());
            String token = link.substring(link.indexOf("token=") + 6);
            Web.Page done = other.submit(link, "/password/reset", "token", token, "password", "reset-password-2026");
            assertEquals(303, done.status());
            assertEquals(302, web.get("/me").status(), "sessions from before the reset ended");
            assertEquals(200, other.get("/me").status(), "the reset logs the browser in");
            assertEquals(400, other.get(link).status(), "the link works once");
            assertEquals(400, other.get(older).status(), "an older link stopped working with the reset");
            assertEquals(400, other.submit("/login", "/password/reset", "token", token, "password",
                    "another-password-2026").status());

            other.submit("/password/forgot", "/password/forgot", "email", "carla@example.ph");
            String second = new Outbox(data).lastLink("carla@example.ph", "/password/reset");
            clock.advance(Duration.ofMinutes(61));
            Web.Page expired = other.get(second);
            assertEquals(400, expired.status(), "expired after one hour");
            assertTrue(expired.body().contains("older than one hour"));
        });
    }

    @Test
    void the_forgotten_password_page_says_the_same_whether_or_not_the_email_exists() {
        run((web, db) -> {
            signup(web.otherBrowser(), "Dina", "dina@example.ph", PASSWORD);
            Web.Page known = web.submit("/password/forgot", "/password/forgot", "email", "dina@example.ph");
            Web.Page unknown = web.submit("/password/forgot", "/password/forgot", "email", "ghost@example.ph");
            assertEquals(known.status(), unknown.status());
            assertEquals(known.body().replace("dina@example.ph", "E"), unknown.body().replace("ghost@example.ph", "E"));
            assertEquals(1, new Outbox(data).to("dina@example.ph").stream().filter(m -> m.contains("reset")).count());
            assertEquals(List.of(), new Outbox(data).to("ghost@example.ph"));
        });
    }

    @Test
    void sessions_expire_after_30_idle_days_and_after_90_days_whatever_happens() {
        run((web, db) -> {
            signup(web, "Eli", "eli@example.ph", PASSWORD);
            clock.advance(Duration.ofDays(29));
            assertEquals(200, web.get("/me").status(), "29 idle days: still in");
            clock.advance(Duration.ofDays(31));
            assertEquals(302, web.get("/me").status(), "31 idle days: out");

            login(web, "eli@example.ph", PASSWORD);
            for (int i = 0; i < 4; i++) {
                clock.advance(Duration.ofDays(20));
                assertEquals(200, web.get("/me").status(), "used every 20 days, day " + (i + 1) * 20);
            }
            clock.advance(Duration.ofDays(11));
            assertEquals(302, web.get("/me").status(), "91 days after login: out, even though it was used");
        });
    }

    @Test
    void last_seen_is_written_at_most_once_an_hour() {
        run((web, db) -> {
            signup(web, "Fe", "fe@example.ph", PASSWORD);
            String hash = Tokens.sha256(web.cookie(Sessions.COOKIE));
            String before = lastSeen(db, hash);
            clock.advance(Duration.ofMinutes(30));
            web.get("/me");
            assertEquals(before, lastSeen(db, hash), "no write within the hour");
            clock.advance(Duration.ofMinutes(31));
            web.get("/me");
            assertNotEquals(before, lastSeen(db, hash));
        });
    }

    private static String lastSeen(org.sanayan.db.Database db, String hash) {
        return db.read(c -> org.sanayan.db.Jdbc.one(c, "SELECT last_seen_at FROM sessions WHERE token_hash = ?",
                rs -> rs.getString(1), hash).orElseThrow());
    }

    @Test
    void the_session_cookie_is_httponly_samesite_lax_and_secure_when_it_should_be() {
        run((web, db) -> {
            Web.Page page = signup(web, "Gina", "gina@example.ph", PASSWORD);
            String cookie = page.headers("Set-Cookie").stream().filter(c -> c.startsWith(Sessions.COOKIE + "="))
                    .findFirst().orElseThrow();
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.contains("SameSite=Lax"), cookie);
            assertFalse(cookie.contains("Secure"), "plain http on localhost: " + cookie);
            assertNull(page.header("Strict-Transport-Security"), "no HSTS over plain http");
        });
        TestApp.run(Config.forTest(data.resolve("secure"), TestApp.fixture("web")).withSecureCookies(true), clock,
                (web, db) -> {
                    Web.Page form = web.get("/signup");
                    String csrfCookie = form.headers("Set-Cookie").stream()
                            .filter(c -> c.startsWith("__Host-sanayan_csrf=")).findFirst().orElseThrow();
                    assertTrue(csrfCookie.contains("Secure") && csrfCookie.contains("HttpOnly")
                            && csrfCookie.contains("Path=/") && !csrfCookie.contains("Domain"), csrfCookie);
                    // a Java client keeps Secure cookies off plain http, so the test sends the cookie by hand
                    String value = csrfCookie.substring("__Host-sanayan_csrf=".length(), csrfCookie.indexOf(';'));
                    Web.Page planted = web.postWithHeaders("/signup", new String[] {"Cookie", "sanayan_csrf=" + value},
                            "name", "Gina", "email", "gina@example.ph", "password", PASSWORD, "consent", "1",
                            "_csrf", Web.csrf(form));
                    assertEquals(403, planted.status(), "over HTTPS only the __Host- cookie counts, which no "
                            + "sibling subdomain can plant");
                    Web.Page page = web.postWithHeaders("/signup", new String[] {"Cookie",
                            "__Host-sanayan_csrf=" + value}, "name", "Gina", "email", "gina@example.ph", "password",
                            PASSWORD, "consent", "1", "_csrf", Web.csrf(form));
                    assertEquals(303, page.status());
                    assertTrue(page.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("__Host-"
                            + Sessions.COOKIE + "=") && c.contains("Secure")), page.headers("Set-Cookie")::toString);
                    assertEquals("max-age=31536000", form.header("Strict-Transport-Security"),
                            "a site served over HTTPS tells browsers to keep to it");
                });
        TestApp.run(Config.forTest(data.resolve("proxy"), TestApp.fixture("web")).withTrustProxy(true), clock,
                (web, db) -> {
                    Web.Page form = web.get("/signup", "X-Forwarded-Proto", "https");
                    String csrfCookie = form.headers("Set-Cookie").stream()
                            .filter(c -> c.startsWith("__Host-sanayan_csrf=")).findFirst().orElseThrow();
                    String value = csrfCookie.substring("__Host-sanayan_csrf=".length(), csrfCookie.indexOf(';'));
                    Web.Page page = web.postWithHeaders("/signup", new String[] {"X-Forwarded-Proto", "https",
                            "Cookie", "__Host-sanayan_csrf=" + value}, "name", "Gina", "email", "gina@example.ph",
                            "password", PASSWORD, "consent", "1", "_csrf", Web.csrf(form));
                    assertTrue(page.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("__Host-"
                            + Sessions.COOKIE + "=") && c.contains("Secure")), "https at the proxy: "
                            + page.headers("Set-Cookie"));
                });
    }

    @Test
    void a_form_without_its_csrf_token_or_with_a_wrong_one_is_refused_with_an_explanation() {
        run((web, db) -> {
            web.get("/login");
            Web.Page missing = web.post("/login", "email", "a@example.ph", "password", PASSWORD);
            assertEquals(403, missing.status());
            assertTrue(missing.body().contains("This form has expired"));
            Web.Page wrong = web.post("/login", "email", "a@example.ph", "password", PASSWORD, "_csrf", "forged");
            assertEquals(403, wrong.status());

            signup(web, "Hugo", "hugo@example.ph", PASSWORD);
            Web.Page logout = web.post("/logout", "_csrf", "forged");
            assertEquals(403, logout.status());
            assertEquals(200, web.get("/me").status(), "still logged in");
            Web.Page change = web.post("/me/password", "current", PASSWORD, "password", "x-y-z-1-2-3-4");
            assertEquals(403, change.status());
        });
    }
}
