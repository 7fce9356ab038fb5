package org.sanayan.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.Accounts;
import org.sanayan.Config;
import org.sanayan.TestApp;
import org.sanayan.TestClock;
import org.sanayan.Web;
import org.sanayan.db.Database;

/** Who may open what: every route the app registers against every kind of caller. */
class AccessTest {

    @TempDir
    Path data;

    final TestClock clock = new TestClock(Instant.parse("2026-01-01T20:00:00Z"));

    /** Who asks: nobody, or someone logged in. Lea owns the attempts in the table; Mallory is another learner. */
    private enum Caller {
        ANONYMOUS(null), LEARNER("lea@example.ph"), OTHER_LEARNER("mallory@example.ph"),
        INSTRUCTOR("ivan@example.ph"), SCHOOL_ADMIN("sam@example.ph"), ADMIN("ada@example.ph");

        final String email;

        Caller(String email) {
            this.email = email;
        }
    }

    /** One request; {@code {email}} in a field stands for the caller's own email. */
    private record Request(String method, String path, String[] fields) {
    }

    private static Request get(String path) {
        return new Request("GET", path, new String[0]);
    }

    private static Request post(String path, String... fields) {
        return new Request("POST", path, fields);
    }

    /**
     * A route as the app registers it ("METHOD /pattern"), one request to it, and the status each caller gets, in
     * the order of {@link Caller}: anonymous, learner, other learner, instructor, school admin, admin.
     */
    private record Row(String route, Request request, int... expected) {
    }

    private static Row row(String route, Request request, int... expected) {
        return new Row(route, request, expected);
    }

    private static long makeAdmin(Database db, String email) {
        UserRepository users = new UserRepository(db);
        long id = users.findByEmail(email).orElseThrow().id();
        users.grant(id, Role.ADMIN, Instant.now());
        return id;
    }

    /** The courses of the table: q has a lesson with a quiz (a) and one without (b); x has a lesson and an exam. */
    private Config config() {
        return Config.forTest(data, TestApp.fixture("access"));
    }

    /**
     * Every route the app registers, as every kind of caller. Anonymous callers are sent to the login page (and
     * back: a page to itself, a form to /me); pages for admins answer 403 to everyone else, whatever their role; an
     * attempt answers 403 to anyone but its owner, admins included. Each request comes from a fresh browser,
     * logged in for it, so a logout or a refusal in one row cannot change another.
     */
    private static List<Row> table(long target, String openAttempt, String submittedAttempt) {
        String user = "/admin/users/" + target;
        String open = "/attempts/" + openAttempt;
        String done = "/attempts/" + submittedAttempt;
        return List.of(
            //                                                                     anon learner other instr school admin
            row("GET /", get("/"),                                                  200, 200, 200, 200, 200, 200),
            row("GET /static/app.css", get("/static/app.css"),                      200, 200, 200, 200, 200, 200),
            row("GET /static/icon.svg", get("/static/icon.svg"),                    200, 200, 200, 200, 200, 200),
            row("GET /favicon.ico", get("/favicon.ico"),                            204, 204, 204, 204, 204, 204),
            row("GET /health", get("/health"),                                      200, 200, 200, 200, 200, 200),
            row("GET /privacy", get("/privacy"),                                    200, 200, 200, 200, 200, 200),
            row("GET /courses/{course}", get("/courses/q"),                         200, 200, 200, 200, 200, 200),
            row("GET /courses/{course}/glossary", get("/courses/q/glossary"),       200, 200, 200, 200, 200, 200),
            row("GET /courses/{course}/{module}", get("/courses/q/m"),              200, 200, 200, 200, 200, 200),
            row("GET /courses/{course}/{module}/{lesson}", get("/courses/q/m/a"),   200, 200, 200, 200, 200, 200),
            row("GET /courses/{course}/assets/<path>", get("/courses/q/assets/images/logo.png"),
                                                                                    200, 200, 200, 200, 200, 200),
            row("GET /courses/{course}/{module}/{lesson}/quiz", get("/courses/q/m/a/quiz"),
                                                                                    200, 200, 200, 200, 200, 200),
            row("GET /courses/{course}/exam", get("/courses/x/exam"),               200, 200, 200, 200, 200, 200),

            // before login: a logged-in reader is sent on to /me
            row("GET /signup", get("/signup"),                                      200, 303, 303, 303, 303, 303),
            row("GET /login", get("/login"),                                        200, 303, 303, 303, 303, 303),
            row("POST /signup", post("/signup", "name", "", "email", "", "password", ""),
                                                                                    422, 422, 422, 422, 422, 422),
            row("POST /login", post("/login", "email", "{email}", "password", "wrong-password"),
                                                                                    401, 401, 401, 401, 401, 401),
            row("POST /logout", post("/logout"),                                    303, 303, 303, 303, 303, 303),
            row("GET /verify", get("/verify?token=nonsense"),                       400, 400, 400, 400, 400, 400),
            row("GET /password/forgot", get("/password/forgot"),                    200, 200, 200, 200, 200, 200),
            row("POST /password/forgot", post("/password/forgot", "email", "{email}"),
                                                                                    200, 200, 200, 200, 200, 200),
            row("GET /password/reset", get("/password/reset?token=nonsense"),       400, 400, 400, 400, 400, 400),
            row("POST /password/reset", post("/password/reset", "token", "nonsense", "password", "new-password-2026"),
                                                                                    400, 400, 400, 400, 400, 400),

            // one's own account
            row("GET /me", get("/me"),                                              302, 200, 200, 200, 200, 200),
            row("POST /verify/resend", post("/verify/resend"),                      302, 303, 303, 303, 303, 303),
            row("GET /me/password", get("/me/password"),                            302, 200, 200, 200, 200, 200),
            row("POST /me/password", post("/me/password", "current", "wrong-password", "password", "new-pass-2026"),
                                                                                    302, 422, 422, 422, 422, 422),
            row("GET /me/account", get("/me/account"),                              302, 200, 200, 200, 200, 200),
            row("POST /me/account/name", post("/me/account/name", "name", "Same Name"),
                                                                                    302, 303, 303, 303, 303, 303),
            row("GET /me/export", get("/me/export"),                                302, 200, 200, 200, 200, 200),
            row("POST /me/delete", post("/me/delete", "password", "wrong-password"),
                                                                                    302, 422, 422, 422, 422, 422),

            // progress
            row("POST /courses/{course}/enrol", post("/courses/q/enrol"),           302, 303, 303, 303, 303, 303),
            row("POST /courses/{course}/leave", post("/courses/q/leave"),           302, 303, 303, 303, 303, 303),
            row("POST /courses/{course}/{module}/{lesson}/complete", post("/courses/q/m/b/complete"),
                                                                                    302, 303, 303, 303, 303, 303),
            row("POST /courses/{course}/{module}/{lesson}/uncomplete", post("/courses/q/m/b/uncomplete"),
                                                                                    302, 303, 303, 303, 303, 303),

            // quizzes and the exam: everyone logged in has failed each once (so a retry has something to retry)
            row("POST /courses/{course}/{module}/{lesson}/quiz/start", post("/courses/q/m/a/quiz/start"),
                                                                                    302, 303, 303, 303, 303, 303),
            row("POST /courses/{course}/{module}/{lesson}/quiz/retry", post("/courses/q/m/a/quiz/retry"),
                                                                                    302, 303, 303, 303, 303, 303),
            row("POST /courses/{course}/exam/start", post("/courses/x/exam/start"), 302, 303, 303, 303, 303, 303),
            row("POST /courses/{course}/exam/retry", post("/courses/x/exam/retry"), 302, 303, 303, 303, 303, 303),

            // attempts: only their owner, the learner, may see or submit them
            row("GET /attempts/{id}", get(open),                                    302, 200, 403, 403, 403, 403),
            row("GET /attempts/{id}", get(done),                                    302, 303, 403, 403, 403, 403),
            row("POST /attempts/{id}", post(done),                                  302, 303, 403, 403, 403, 403),
            row("GET /attempts/{id}/result", get(done + "/result"),                 302, 200, 403, 403, 403, 403),
            row("GET /attempts/{id}/result", get(open + "/result"),                 302, 303, 403, 403, 403, 403),

            // administration: admins only; instructors and school admins are not admins
            row("GET /admin/users", get("/admin/users"),                            302, 403, 403, 403, 403, 200),
            row("GET /admin/users", get("/admin/users?q=tia"),                      302, 403, 403, 403, 403, 200),
            row("GET /admin/users/{id}", get(user),                                 302, 403, 403, 403, 403, 200),
            row("POST /admin/users/{id}/roles", post(user + "/roles", "instructor", "1"),
                                                                                    302, 403, 403, 403, 403, 303),
            row("POST /admin/users/{id}/active", post(user + "/active", "active", "1"),
                                                                                    302, 403, 403, 403, 403, 303),
            row("POST /admin/users/{id}/attempts", post(user + "/attempts", "quiz", "q/m/a", "extra", "1"),
                                                                                    302, 403, 403, 403, 403, 303));
    }

    @Test
    void every_route_answers_every_kind_of_caller_as_the_table_says() {
        TestApp.run(config(), clock, (web, db) -> {
            UserRepository users = new UserRepository(db);
            Accounts.signup(web.otherBrowser(), "Tia", "tia@example.ph", Accounts.PASSWORD);
            long target = users.findByEmail("tia@example.ph").orElseThrow().id();
            String openAttempt = null;
            String submittedAttempt = null;
            for (Caller caller : Caller.values()) {
                if (caller == Caller.ANONYMOUS) {
                    continue;
                }
                Web browser = web.otherBrowser();
                assertEquals(303, Accounts.signup(browser, caller.name(), caller.email, Accounts.PASSWORD).status());
                long id = users.findByEmail(caller.email).orElseThrow().id();
                switch (caller) {
                    case INSTRUCTOR -> users.setRoles(id, List.of(new Role.Grant(Role.INSTRUCTOR, 7L)), clock.instant());
                    case SCHOOL_ADMIN -> users.setRoles(id, List.of(new Role.Grant(Role.SCHOOL_ADMIN, 7L)),
                            clock.instant());
                    case ADMIN -> users.grant(id, Role.ADMIN, clock.instant());
                    default -> { }
                }
                // the same standing for everyone: the exam open, and the quiz and the exam failed once each
                assertEquals(303, browser.submit("/courses/x/m/only", "/courses/x/m/only/complete").status());
                failOnce(browser, "/courses/x/exam/start");
                String failed = failOnce(browser, "/courses/q/m/a/quiz/start");
                if (caller == Caller.LEARNER) {
                    submittedAttempt = failed;
                    openAttempt = start(browser, "/courses/x/exam/start");
                }
            }

            List<String> wrong = new ArrayList<>();
            for (Row row : table(target, openAttempt, submittedAttempt)) {
                assertEquals(Caller.values().length, row.expected().length, row.route());
                assertTrue(row.route().startsWith(row.request().method() + " "), row.route());
                for (Caller caller : Caller.values()) {
                    check(wrong, web.otherBrowser(), caller, row.request(), row.expected()[caller.ordinal()]);
                }
            }
            assertEquals(List.of(), wrong);
        });
    }

    @Test
    void the_table_has_a_row_for_every_route_the_app_registers_and_none_for_a_route_it_does_not() {
        List<String> registered = TestApp.routes(config());
        java.util.Set<String> inTable = new java.util.TreeSet<>();
        table(1, "a", "b").forEach(r -> inTable.add(r.route()));
        List<String> untested = registered.stream().filter(r -> !inTable.contains(r)).toList();
        List<String> unknown = inTable.stream().filter(r -> !registered.contains(r)).toList();
        assertEquals(List.of(), untested, "routes with no row in the access table");
        assertEquals(List.of(), unknown, "rows for routes the app does not register");
        assertTrue(registered.size() >= 45, "the app's routes were read: " + registered);
    }

    /** Starts a quiz or exam, returns the attempt's id. */
    private static String start(Web browser, String action) {
        Web.Page started = browser.post(action, "_csrf", Web.csrf(browser.get("/me")));
        assertEquals(303, started.status(), action + ": " + started.body());
        return started.header("Location").substring("/attempts/".length());
    }

    /** Starts a quiz or exam and hands it in with no answer; returns the attempt's id. */
    private static String failOnce(Web browser, String action) {
        String id = start(browser, action);
        Web.Page handedIn = browser.post("/attempts/" + id, "_csrf", Web.csrf(browser.get("/me")));
        assertEquals(303, handedIn.status(), handedIn.body());
        assertTrue(browser.get("/attempts/" + id + "/result").body().contains("Not passed yet"), "failed");
        return id;
    }

    private static void check(List<String> wrong, Web browser, Caller caller, Request request, int expected) {
        if (caller != Caller.ANONYMOUS) {
            assertEquals(303, Accounts.login(browser, caller.email, Accounts.PASSWORD).status(), caller.email);
        }
        Web.Page page;
        if (request.method().equals("GET")) {
            page = browser.get(request.path());
        } else {
            String token = Web.csrf(browser.get(caller == Caller.ANONYMOUS ? "/login" : "/me"));
            String[] fields = java.util.Arrays.copyOf(request.fields(), request.fields().length + 2);
            for (int i = 0; i < request.fields().length; i++) {
                if (fields[i].equals("{email}")) {
                    fields[i] = caller.email == null ? "nobody@example.ph" : caller.email;
                }
            }
            fields[fields.length - 2] = "_csrf";
            fields[fields.length - 1] = token;
            page = browser.post(request.path(), fields);
        }
        String who = caller.name().toLowerCase(java.util.Locale.ROOT) + " " + request.method() + " " + request.path();
        if (page.status() != expected) {
            wrong.add(who + ": " + page.status() + " (expected " + expected + ")");
        }
        if (expected == 302 && page.status() == 302) {
            String back = request.method().equals("GET") ? request.path() : "/me";
            String login = "/login?next=" + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8);
            if (!login.equals(page.header("Location"))) {
                wrong.add(who + ": sent to " + page.header("Location") + " (expected " + login + ")");
            }
        }
        if (expected == 403 && page.status() == 403 && !page.body().contains("Not allowed")) {
            wrong.add(who + ": the 403 page explains nothing");
        }
    }

    @Test
    void an_admin_finds_users_changes_roles_and_deactivates_an_account_which_ends_its_sessions() {
        TestApp.run(Config.forTest(data, TestApp.fixture("web")), clock, (web, db) -> {
            Web learner = web.otherBrowser();
            AccountFlowsTest.signup(learner, "Lea Cruz", "lea@example.ph", AccountFlowsTest.PASSWORD);
            AccountFlowsTest.signup(web, "Ada", "ada@example.ph", AccountFlowsTest.PASSWORD);
            long adminId = makeAdmin(db, "ada@example.ph");
            long learnerId = new UserRepository(db).findByEmail("lea@example.ph").orElseThrow().id();

            Web.Page list = web.get("/admin/users?q=CRUZ");
            assertTrue(list.body().contains("lea@example.ph"));
            assertFalse(list.body().contains("ada@example.ph"));
            assertTrue(list.body().contains("2026-01-02 04:00"), "times in Asia/Manila: " + list.body());

            web.submit("/admin/users/" + learnerId, "/admin/users/" + learnerId + "/roles", "instructor", "1",
                    "school", "7");
            assertEquals(List.of(new Role.Grant(Role.INSTRUCTOR, 7L), new Role.Grant(Role.LEARNER, null)),
                    new UserRepository(db).roles(learnerId));

            assertEquals(200, learner.get("/me").status());
            web.otherBrowser().submit("/password/forgot", "/password/forgot", "email", "lea@example.ph");
            String resetLink = new org.sanayan.Outbox(data).lastLink("lea@example.ph", "/password/reset");
            Web.Page off = web.submit("/admin/users/" + learnerId, "/admin/users/" + learnerId + "/active",
                    "active", "0");
            assertEquals(303, off.status());
            assertEquals(302, learner.get("/me").status(), "deactivation ends the sessions");
            assertEquals(401, AccountFlowsTest.login(learner, "lea@example.ph", AccountFlowsTest.PASSWORD).status());
            web.submit("/admin/users/" + learnerId, "/admin/users/" + learnerId + "/active", "active", "1");
            Web stranger = web.otherBrowser();
            Web.Page reset = stranger.get(resetLink);
            assertTrue(reset.status() >= 400 && !reset.body().contains("name=\"password\""),
                    "a reset link mailed before the deactivation no longer sets a password: " + reset.status());
            assertEquals(303, AccountFlowsTest.login(web.otherBrowser(), "lea@example.ph", AccountFlowsTest.PASSWORD)
                    .status(), "the old password still works after reactivation");

            Web.Page selfDemote = web.submit("/admin/users/" + adminId, "/admin/users/" + adminId + "/roles");
            assertEquals(400, selfDemote.status());
            assertTrue(new UserRepository(db).hasRole(adminId, Role.ADMIN));
            assertEquals(404, web.get("/admin/users/99999").status());
            assertEquals(404, web.get("/admin/users/abc").status());
        });
    }

    @Test
    void create_admin_creates_an_account_from_stdin_or_promotes_an_existing_one() throws Exception {
        Map<String, String> env = Map.of("SANAYAN_DATA", data.toString(), "SANAYAN_BCRYPT_COST", "4");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = org.sanayan.MainAccess.run(new String[] {"create-admin", "--email", "boss@example.ph", "--name",
                "The Boss"}, env, new ByteArrayInputStream("admin-password-2026\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out), new PrintStream(err));
        assertEquals(0, code, err.toString());
        try (Database db = Database.open(data.resolve("sanayan.db"))) {
            User boss = new UserRepository(db).findByEmail("boss@example.ph").orElseThrow();
            assertTrue(new UserRepository(db).hasRole(boss.id(), Role.ADMIN));
            assertTrue(boss.verified());
        }
        try (Database db = Database.open(data.resolve("sanayan.db"))) {
            UserRepository users = new UserRepository(db);
            users.setActive(users.findByEmail("boss@example.ph").orElseThrow().id(), false);
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertEquals(0, org.sanayan.MainAccess.run(new String[] {"create-admin", "--email", "BOSS@example.ph", "--name", "Boss"}, env,
                new ByteArrayInputStream(new byte[0]), new PrintStream(again), new PrintStream(err)), err.toString());
        assertTrue(again.toString().contains("it is active again"), again.toString());
        try (Database db = Database.open(data.resolve("sanayan.db"))) {
            assertTrue(new UserRepository(db).findByEmail("boss@example.ph").orElseThrow().active(),
                    "promoting a deactivated account makes an admin who can log in");
        }
        int weak = org.sanayan.MainAccess.run(new String[] {"create-admin", "--email", "b2@example.ph", "--name", "B"},
                env, new ByteArrayInputStream("password\n".getBytes(StandardCharsets.UTF_8)), new PrintStream(out),
                new PrintStream(err));
        assertEquals(2, weak);
        assertTrue(err.toString().contains("among the most common ones"));
        int missing = org.sanayan.MainAccess.run(new String[] {"create-admin", "--email", "b3@example.ph"}, env,
                new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err));
        assertEquals(2, missing);
    }
}
