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
import org.sanayan.Config;
import org.sanayan.TestApp;
import org.sanayan.TestClock;
import org.sanayan.Web;
import org.sanayan.db.Database;

/** Who may open what: every protected route against every role. */
class AccessTest {

    @TempDir
    Path data;

    final TestClock clock = new TestClock(Instant.parse("2026-01-01T20:00:00Z"));

    private record Route(String method, String path, String[] fields) {
        static Route get(String path) {
            return new Route("GET", path, new String[0]);
        }

        static Route post(String path, String... fields) {
            return new Route("POST", path, fields);
        }
    }

    /** route -> expected status for anonymous, learner, admin. */
    private record Row(Route route, int anonymous, int learner, int admin) {
    }

    private static long makeAdmin(Database db, String email) {
        UserRepository users = new UserRepository(db);
        long id = users.findByEmail(email).orElseThrow().id();
        users.grant(id, Role.ADMIN, Instant.now());
        return id;
    }

    @Test
    void every_protected_route_answers_each_role_as_the_table_says() {
        TestApp.run(Config.forTest(data, TestApp.fixture("web")), clock, (web, db) -> {
            Web learner = web.otherBrowser();
            AccountFlowsTest.signup(learner, "Lea", "lea@example.ph", AccountFlowsTest.PASSWORD);
            Web admin = web.otherBrowser();
            AccountFlowsTest.signup(admin, "Ada", "ada@example.ph", AccountFlowsTest.PASSWORD);
            makeAdmin(db, "ada@example.ph");
            long learnerId = new UserRepository(db).findByEmail("lea@example.ph").orElseThrow().id();
            Web anonymous = web.otherBrowser();

            List<Row> table = List.of(
                new Row(Route.get("/me"), 302, 200, 200),
                new Row(Route.get("/me/password"), 302, 200, 200),
                new Row(Route.post("/me/password", "current", "x", "password", "y"), 302, 422, 422),
                new Row(Route.post("/verify/resend"), 302, 303, 303),
                new Row(Route.get("/admin/users"), 302, 403, 200),
                new Row(Route.get("/admin/users?q=lea"), 302, 403, 200),
                new Row(Route.get("/admin/users/" + learnerId), 302, 403, 200),
                new Row(Route.post("/admin/users/" + learnerId + "/roles", "instructor", "1"), 302, 403, 303),
                new Row(Route.post("/admin/users/" + learnerId + "/active", "active", "1"), 302, 403, 303));

            List<String> wrong = new ArrayList<>();
            for (Row row : table) {
                check(wrong, anonymous, "anonymous", row.route(), row.anonymous());
                check(wrong, learner, "learner", row.route(), row.learner());
                check(wrong, admin, "admin", row.route(), row.admin());
            }
            assertEquals(List.of(), wrong);
        });
    }

    private static void check(List<String> wrong, Web web, String who, Route route, int expected) {
        Web.Page page;
        if (route.method().equals("GET")) {
            page = web.get(route.path());
        } else {
            String token = Web.csrf(web.get(who.equals("anonymous") ? "/login" : "/me"));
            String[] fields = java.util.Arrays.copyOf(route.fields(), route.fields().length + 2);
            fields[fields.length - 2] = "_csrf";
            fields[fields.length - 1] = token;
            page = web.post(route.path(), fields);
        }
        if (page.status() != expected) {
            wrong.add(who + " " + route.method() + " " + route.path() + ": " + page.status() + " (expected " + expected
                    + ")");
        }
        if (expected == 302 && !String.valueOf(page.header("Location")).startsWith("/login?next=")) {
            wrong.add(who + " " + route.path() + " redirects to " + page.header("Location"));
        }
        if (expected == 403 && !page.body().contains("Not allowed")) {
            wrong.add(who + " " + route.path() + ": the 403 page explains nothing");
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
            Web.Page off = web.submit("/admin/users/" + learnerId, "/admin/users/" + learnerId + "/active",
                    "active", "0");
            assertEquals(303, off.status());
            assertEquals(302, learner.get("/me").status(), "deactivation ends the sessions");
            assertEquals(401, AccountFlowsTest.login(learner, "lea@example.ph", AccountFlowsTest.PASSWORD).status());

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
