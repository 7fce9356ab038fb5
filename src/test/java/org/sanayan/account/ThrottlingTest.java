package org.sanayan.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.Config;
import org.sanayan.TestApp;
import org.sanayan.TestClock;
import org.sanayan.Web;

class ThrottlingTest {

    @TempDir
    Path data;

    final TestClock clock = new TestClock();

    private void run(Config config, TestApp.Scenario scenario) {
        TestApp.run(config, clock, scenario);
    }

    private Config config() {
        return Config.forTest(data, TestApp.fixture("web"));
    }

    @Test
    void more_than_ten_failed_logins_for_one_email_get_429_until_the_window_passes() {
        run(config(), (web, db) -> {
            AccountFlowsTest.signup(web.otherBrowser(), "Ida", "ida@example.ph", AccountFlowsTest.PASSWORD);
            for (int i = 0; i < 10; i++) {
                assertEquals(401, AccountFlowsTest.login(web, "ida@example.ph", "wrong-" + i + "-password").status());
            }
            Web.Page blocked = AccountFlowsTest.login(web, "ida@example.ph", AccountFlowsTest.PASSWORD);
            assertEquals(429, blocked.status(), "even the right password waits");
            assertNotNull(blocked.header("Retry-After"));
            assertTrue(Integer.parseInt(blocked.header("Retry-After")) <= 15 * 60);
            assertTrue(blocked.body().contains("Please try again in 15 minutes."), blocked.body());
            assertEquals(401, AccountFlowsTest.login(web, "other@example.ph", "wrong-password-x").status(),
                    "another email is not blocked");

            clock.advance(Duration.ofMinutes(16));
            assertEquals(303, AccountFlowsTest.login(web, "ida@example.ph", AccountFlowsTest.PASSWORD).status());
        });
    }

    @Test
    void a_burst_of_parallel_wrong_passwords_gets_no_more_than_ten_tries() {
        run(config(), (web, db) -> {
            AccountFlowsTest.signup(web.otherBrowser(), "Ida", "ida@example.ph", AccountFlowsTest.PASSWORD);
            String token = Web.csrf(web.get("/login"));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            java.util.List<java.util.concurrent.Future<Integer>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int n = i;
                tries.add(pool.submit(() -> web.post("/login", "email", "ida@example.ph", "password",
                        "wrong-" + n + "-password", "_csrf", token).status()));
            }
            int checked = 0;
            for (var f : tries) {
                checked += f.get() == 401 ? 1 : 0;
            }
            pool.shutdown();
            assertTrue(checked <= 10, checked + " passwords were checked");
        });
    }

    @Test
    void guessing_the_current_password_on_a_logged_in_page_is_throttled_like_logins() {
        run(config(), (web, db) -> {
            AccountFlowsTest.signup(web, "Ivy", "ivy@example.ph", AccountFlowsTest.PASSWORD);
            for (int i = 0; i < 10; i++) {
                assertEquals(422, web.submit("/me/password", "/me/password", "current", "guess-" + i + "-password",
                        "password", "new-password-2026").status());
            }
            assertEquals(429, web.submit("/me/password", "/me/password", "current", AccountFlowsTest.PASSWORD,
                    "password", "new-password-2026").status());
            assertEquals(429, web.submit("/me/account", "/me/delete", "password", AccountFlowsTest.PASSWORD).status());
            clock.advance(Duration.ofMinutes(16));
            assertEquals(303, web.submit("/me/password", "/me/password", "current", AccountFlowsTest.PASSWORD,
                    "password", "new-password-2026").status());
        });
    }

    @Test
    void more_than_two_hundred_failed_logins_from_one_address_get_429_until_the_window_passes() {
        run(config(), (web, db) -> {
            AccountFlowsTest.signup(web.otherBrowser(), "Ida", "ida@example.ph", AccountFlowsTest.PASSWORD);
            for (int i = 0; i < 200; i++) {
                assertEquals(401, AccountFlowsTest.login(web, "user" + i + "@example.ph", "wrong-password").status());
            }
            assertEquals(429, AccountFlowsTest.login(web, "fresh@example.ph", "wrong-password").status());
            Web.Page blocked = AccountFlowsTest.login(web, "ida@example.ph", AccountFlowsTest.PASSWORD);
            assertEquals(429, blocked.status(), "the whole address waits, even with the right password");
            assertTrue(blocked.body().contains("Please try again in 15 minutes."), blocked.body());

            clock.advance(Duration.ofMinutes(14));
            assertEquals(429, AccountFlowsTest.login(web, "ida@example.ph", AccountFlowsTest.PASSWORD).status(),
                    "still inside the 15 minutes");
            clock.advance(Duration.ofMinutes(2));
            assertEquals(303, AccountFlowsTest.login(web, "ida@example.ph", AccountFlowsTest.PASSWORD).status());
            assertEquals(401, AccountFlowsTest.login(web.otherBrowser(), "fresh@example.ph", "wrong-password")
                    .status(), "a wrong password is checked again, not refused unread");
        });
    }

    @Test
    void the_address_comes_from_x_forwarded_for_only_behind_a_trusted_proxy() {
        run(config().withTrustProxy(true), (web, db) -> {
            for (int i = 0; i < 200; i++) {
                loginFrom(web, "10.0.0.1", "user" + i + "@example.ph");
            }
            assertEquals(429, loginFrom(web, "10.0.0.1", "fresh@example.ph").status());
            assertEquals(401, loginFrom(web, "10.0.0.2", "fresh@example.ph").status(), "another address");
            assertEquals(429, loginFrom(web, "198.51.100.7, 10.0.0.1", "fresh@example.ph").status(),
                    "what the client writes left of the proxy's entry changes nothing");
        });
        run(Config.forTest(data.resolve("direct"), TestApp.fixture("web")), (web, db) -> {
            for (int i = 0; i < 200; i++) {
                loginFrom(web, "10.0.0." + (i % 250), "user" + i + "@example.ph");
            }
            assertEquals(429, loginFrom(web, "10.9.9.9", "fresh@example.ph").status(),
                    "without a trusted proxy the header is ignored: every try came from one connection address");
        });
    }

    private static Web.Page loginFrom(Web web, String ip, String email) {
        String token = Web.csrf(web.get("/login"));
        return web.postWithHeaders("/login", new String[] {"X-Forwarded-For", "203.0.113.9, " + ip},
                "email", email, "password", "wrong-password", "_csrf", token);
    }

    @Test
    void reset_requests_are_limited_to_five_per_email_per_hour() {
        run(config(), (web, db) -> {
            for (int i = 0; i < 5; i++) {
                assertEquals(200, web.submit("/password/forgot", "/password/forgot", "email", "ana@example.ph")
                        .status());
            }
            Web.Page blocked = web.submit("/password/forgot", "/password/forgot", "email", "ANA@example.ph");
            assertEquals(429, blocked.status());
            clock.advance(Duration.ofMinutes(61));
            assertEquals(200, web.submit("/password/forgot", "/password/forgot", "email", "ana@example.ph").status());
        });
    }

    @Test
    void one_address_may_ask_for_fifty_resets_an_hour_whatever_emails_it_names() {
        run(config(), (web, db) -> {
            for (int i = 0; i < 50; i++) {
                assertEquals(200, web.submit("/password/forgot", "/password/forgot", "email", "made-up" + i
                        + "@example.ph").status());
            }
            assertEquals(429, web.submit("/password/forgot", "/password/forgot", "email", "ana@example.ph").status());
            clock.advance(Duration.ofMinutes(61));
            assertEquals(200, web.submit("/password/forgot", "/password/forgot", "email", "ana@example.ph").status());
        });
    }

    @Test
    void verification_requests_are_limited_to_five_per_email_per_hour_then_a_new_link_is_sent() {
        run(config(), (web, db) -> {
            org.sanayan.Outbox outbox = new org.sanayan.Outbox(data);
            AccountFlowsTest.signup(web, "Jun", "jun@example.ph", AccountFlowsTest.PASSWORD); // the first link
            for (int i = 0; i < 4; i++) {
                assertEquals(303, web.submit("/me", "/verify/resend").status());
            }
            assertEquals(5, outbox.to("jun@example.ph").size());
            Web.Page blocked = web.submit("/me", "/verify/resend");
            assertEquals(429, blocked.status());
            assertTrue(blocked.body().contains("Please try again in 60 minutes."), blocked.body());
            assertEquals(5, outbox.to("jun@example.ph").size(), "no sixth message");

            clock.advance(Duration.ofMinutes(59));
            assertEquals(429, web.submit("/me", "/verify/resend").status(), "still inside the hour");
            clock.advance(Duration.ofMinutes(2));
            assertEquals(303, web.submit("/me", "/verify/resend").status());
            assertEquals(6, outbox.to("jun@example.ph").size(), "a new link is on its way");
            String link = outbox.lastLink("jun@example.ph", "/verify");
            assertEquals(200, web.get(link).status(), "and it works");
        });
    }

    @Test
    void sign_ups_are_limited_to_thirty_per_address_per_hour() {
        run(config(), (web, db) -> {
            for (int i = 0; i < 30; i++) {
                Web browser = web.otherBrowser();
                assertEquals(303, AccountFlowsTest.signup(browser, "P" + i, "p" + i + "@example.ph",
                        AccountFlowsTest.PASSWORD).status());
            }
            assertEquals(429, AccountFlowsTest.signup(web.otherBrowser(), "Late", "late@example.ph",
                    AccountFlowsTest.PASSWORD).status());
            clock.advance(Duration.ofMinutes(61));
            assertEquals(303, AccountFlowsTest.signup(web.otherBrowser(), "Late", "late@example.ph",
                    AccountFlowsTest.PASSWORD).status());
        });
    }
}
