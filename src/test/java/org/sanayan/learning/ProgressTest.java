package org.sanayan.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.Accounts;
import org.sanayan.Config;
import org.sanayan.TestApp;
import org.sanayan.TestClock;
import org.sanayan.Web;
import org.sanayan.db.Database;
import org.sanayan.db.Jdbc;

class ProgressTest {

    @TempDir
    Path data;

    final TestClock clock = new TestClock();

    private void run(String fixture, TestApp.Scenario scenario) {
        TestApp.run(Config.forTest(data, TestApp.fixture(fixture)), clock, scenario);
    }

    private void runOn(Path content, TestApp.Scenario scenario) {
        TestApp.run(Config.forTest(data, content), clock, scenario);
    }

    private static Web learner(Web web) {
        Web w = web.otherBrowser();
        Accounts.signup(w, "Lara", "lara" + System.nanoTime() + "@example.ph", Accounts.PASSWORD);
        return w;
    }

    private static Web.Page complete(Web web, String lesson) {
        return web.submit(lesson, lesson + "/complete");
    }

    private Web.Page advanceAndComplete(Web web, String lesson) {
        clock.advance(java.time.Duration.ofMinutes(1)); // completions get distinct times, as in real life
        return complete(web, lesson);
    }

    @Test
    void enrolling_and_leaving_keeps_progress_and_the_dashboard_follows() {
        run("web", (web, db) -> {
            Web lara = learner(web);
            assertTrue(lara.get("/courses/demo").body().contains("Enrol in this course"));
            Web.Page enrol = lara.submit("/courses/demo", "/courses/demo/enrol");
            assertEquals(303, enrol.status());
            assertTrue(lara.get(enrol.header("Location")).body().contains("You are enrolled."), "enrolling says so");
            String enrolled = lara.get("/courses/demo").body();
            assertTrue(enrolled.contains("Leave this course"));
            assertTrue(enrolled.contains("What is left (3)") && enrolled.contains(">Start the first lesson</a>"),
                    "with nothing done yet, the list of what is left shows and the button says Start: " + enrolled);
            assertTrue(lara.get("/me").body().contains("href=\"/courses/demo\">Demo course</a>"));

            complete(lara, "/courses/demo/basics/hello");
            lara.submit("/courses/demo", "/courses/demo/leave");
            assertFalse(lara.get("/me").body().contains("href=\"/courses/demo\">Demo course</a>"));
            assertTrue(lara.get("/me").body().contains("You have not enrolled in a course yet"));
            lara.submit("/courses/demo", "/courses/demo/enrol");
            assertTrue(lara.get("/courses/demo").body().contains("1 of 3 lessons, 33%"), "progress kept");
        });
    }

    @Test
    void completing_a_lesson_enrols_and_shows_everywhere_and_undo_takes_it_back() {
        run("web", (web, db) -> {
            Web lara = learner(web);
            assertEquals(303, complete(lara, "/courses/demo/basics/next").status());
            assertTrue(lara.get("/me").body().contains("1 of 3 lessons, 33%"), "enrolled automatically");
            String course = lara.get("/courses/demo").body();
            assertTrue(course.contains("<progress value=\"33\" max=\"100\">"));
            assertTrue(course.contains("1 of 3 lessons, 33%"));
            assertTrue(course.contains("1 of 2 lessons, 50%"), "the module's own bar");
            assertTrue(course.contains("<li class=\"done\"><a href=\"/courses/demo/basics/next\">"), "a tick");
            String lesson = lara.get("/courses/demo/basics/next").body();
            assertTrue(lesson.contains("You completed this lesson."));
            assertTrue(lesson.contains("class=\"done\"><a href=\"/courses/demo/basics/next\" aria-current=\"page\""),
                    "the menu marks it");

            lara.submit("/courses/demo/basics/next", "/courses/demo/basics/next/uncomplete");
            assertTrue(lara.get("/courses/demo").body().contains("0 of 3 lessons, 0%"));

            complete(lara, "/courses/demo/basics/hello");
            complete(lara, "/courses/demo/basics/next");
            complete(lara, "/courses/demo/more/third");
            assertTrue(lara.get("/courses/demo").body().contains("3 of 3 lessons, 100%"));
            assertTrue(lara.get("/me").body().contains("You completed every requirement of this course."));
        });
    }

    @Test
    void continue_goes_to_the_first_unfinished_lesson_after_the_last_one_completed() {
        run("web", (web, db) -> {
            Web lara = learner(web);
            lara.submit("/courses/demo", "/courses/demo/enrol");
            assertEquals("/courses/demo/basics/hello", continueTarget(lara), "nothing done: the first lesson");
            advanceAndComplete(lara, "/courses/demo/basics/hello");
            assertEquals("/courses/demo/basics/next", continueTarget(lara));
            lara.submit("/courses/demo/basics/hello", "/courses/demo/basics/hello/uncomplete");
            advanceAndComplete(lara, "/courses/demo/more/third");
            assertEquals("/courses/demo/basics/hello", continueTarget(lara), "after the last lesson: wrap around");
            advanceAndComplete(lara, "/courses/demo/basics/hello");
            assertEquals("/courses/demo/basics/next", continueTarget(lara));
            advanceAndComplete(lara, "/courses/demo/basics/next");
            assertEquals("/courses/demo", continueTarget(lara), "all done: the course page");
        });
    }

    private static String continueTarget(Web web) {
        String me = web.get("/me").body();
        int i = me.indexOf("class=\"button\" href=\"");
        if (i < 0) {
            return "/courses/demo";
        }
        int start = i + "class=\"button\" href=\"".length();
        return me.substring(start, me.indexOf('"', start));
    }

    @Test
    void whats_left_lists_every_unfinished_lesson_with_its_link() {
        run("web", (web, db) -> {
            Web lara = learner(web);
            complete(lara, "/courses/demo/basics/next");
            String course = lara.get("/courses/demo").body();
            String left = course.substring(course.indexOf("<details class=\"left\">"), course.indexOf("</details>"));
            assertTrue(left.contains("What is left (2)"));
            assertTrue(left.contains("<a href=\"/courses/demo/basics/hello\">Hello, learner</a>"));
            assertTrue(left.contains("<a href=\"/courses/demo/more/third\">The third lesson</a>"));
            assertFalse(left.contains("/courses/demo/basics/next\""));
        });
    }

    @Test
    void a_sequential_course_locks_completion_until_the_previous_module_is_done_but_never_reading() {
        run("progress", (web, db) -> {
            Web lara = learner(web);
            Web.Page locked = lara.get("/courses/seq/second/d");
            assertEquals(200, locked.status(), "reading stays open");
            assertTrue(locked.body().contains("This course goes in order. Before completing this lesson, finish:"));
            assertTrue(locked.body().contains("<a href=\"/courses/seq/first/a\">Lesson A</a>"), "the first blocker");
            Web.Page refused = lara.post("/courses/seq/second/d/complete", "_csrf", Web.csrf(locked));
            assertEquals(409, refused.status());
            assertTrue(refused.body().contains("finish the earlier modules first"));

            complete(lara, "/courses/seq/first/a");
            complete(lara, "/courses/seq/first/b");
            Web.Page quizLesson = lara.get("/courses/seq/first/c");
            assertTrue(quizLesson.body().contains("quiz to complete it."));
            assertFalse(quizLesson.body().contains("/courses/seq/first/c/complete"), "no button for a quiz lesson");
            assertEquals(409, lara.post("/courses/seq/first/c/complete", "_csrf", Web.csrf(quizLesson)).status());
            assertTrue(lara.get("/courses/seq/second/d").body().contains("<a href=\"/courses/seq/first/c\">Lesson C</a>"));

            long userId = db.read(c -> Jdbc.one(c, "SELECT id FROM users", rs -> rs.getLong(1)).orElseThrow());
            new ProgressRepository(db).complete(userId, "seq", "seq/first/c", "quiz", clock.instant()); // the quiz hook
            assertEquals(303, complete(lara, "/courses/seq/second/d").status());
            assertTrue(lara.get("/courses/seq").body().contains("4 of 5 lessons, 80%"));
        });
    }

    @Test
    void a_hand_completion_no_longer_counts_once_the_lesson_gets_a_quiz(@TempDir Path content) throws IOException {
        copy(TestApp.fixture("progress"), content);
        Files.delete(content.resolve("seq/01-first/03-c.quiz.md"));
        runOn(content, (web, db) -> {
            Web lara = learner(web);
            complete(lara, "/courses/seq/first/c");
            assertTrue(lara.get("/courses/seq").body().contains("1 of 5 lessons, 20%"));
        });
        copy(TestApp.fixture("progress"), content);
        runOn(content, (web, db) -> {
            Web again = web.otherBrowser();
            Accounts.login(again, email(db), Accounts.PASSWORD);
            assertTrue(again.get("/courses/seq").body().contains("0 of 5 lessons, 0%"));
        });
    }

    private static String email(Database db) {
        return db.read(c -> Jdbc.one(c, "SELECT email FROM users", rs -> rs.getString(1)).orElseThrow());
    }

    @Test
    void progress_survives_renumbering_renamed_and_moved_lessons_and_renamed_modules(@TempDir Path content)
            throws IOException {
        copy(TestApp.fixture("web"), content);
        runOn(content, (web, db) -> {
            Web lara = learner(web);
            complete(lara, "/courses/demo/basics/hello");
            complete(lara, "/courses/demo/basics/next");
            complete(lara, "/courses/demo/more/third");
            assertTrue(lara.get("/courses/demo").body().contains("3 of 3 lessons, 100%"));
        });
        Path demo = content.resolve("demo");
        // renumber hello (01 -> 05), rename next -> following (alias), rename module more -> extras (alias)
        Files.move(demo.resolve("01-basics/01-hello.md"), demo.resolve("01-basics/05-hello.md"));
        Files.move(demo.resolve("01-basics/01-hello.fil.md"), demo.resolve("01-basics/05-hello.fil.md"));
        Files.writeString(demo.resolve("01-basics/02-following.md"),
                "---\ntitle: The following lesson\naliases: [next]\n---\n\n## Part two\n\nText.\n");
        Files.delete(demo.resolve("01-basics/02-next.md"));
        Files.move(demo.resolve("02-more"), demo.resolve("02-extras"));
        Files.writeString(demo.resolve("02-extras/module.md"), "---\ntitle: Extras\naliases: [more]\n---\n");
        for (Path f : List.of(demo.resolve("course.md"), demo.resolve("01-basics/05-hello.md"),
                demo.resolve("01-basics/05-hello.fil.md"))) {
            Files.writeString(f, Files.readString(f).replace("01-hello.md", "05-hello.md")
                    .replace("02-next.md", "02-following.md"));
        }
        runOn(content, (web, db) -> {
            Web lara = web.otherBrowser();
            Accounts.login(lara, email(db), Accounts.PASSWORD);
            String course = lara.get("/courses/demo").body();
            assertTrue(course.contains("3 of 3 lessons, 100%"), course);
            assertTrue(course.contains("<li class=\"done\"><a href=\"/courses/demo/extras/third\">"));
            assertEquals(301, lara.get("/courses/demo/more/third").status());
        });
        Files.delete(demo.resolve("02-extras/01-third.md"));
        Files.writeString(demo.resolve("02-extras/01-fourth.md"), "---\ntitle: Fourth\n---\nNew.\n");
        runOn(content, (web, db) -> {
            Web lara = web.otherBrowser();
            Accounts.login(lara, email(db), Accounts.PASSWORD);
            assertTrue(lara.get("/courses/demo").body().contains("2 of 3 lessons, 66%"),
                    "a lesson that disappeared is not counted");
            assertEquals(3L, (long) db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM lesson_progress")),
                    "but its record is kept");
        });
    }

    @Test
    void the_data_export_holds_the_profile_enrolments_and_progress() {
        run("web", (web, db) -> {
            Web lara = learner(web);
            complete(lara, "/courses/demo/basics/hello");
            Web.Page export = lara.get("/me/export");
            assertEquals(200, export.status());
            assertTrue(export.header("Content-Type").startsWith("application/json"));
            assertTrue(export.header("Content-Disposition").contains("attachment"));
            String json = export.body();
            assertTrue(json.contains("\"name\": \"Lara\""), json);
            assertTrue(json.contains("\"course\": \"demo\""), json);
            assertTrue(json.contains("\"lesson\": \"demo/basics/hello\""), json);
            assertTrue(json.contains("\"completed_by\": \"hand\""), json);
            assertTrue(json.contains("\"role\": \"learner\""), json);
            assertFalse(json.contains("password"), "no password hash in the export");
            assertEquals(302, web.otherBrowser().get("/me/export").status(), "only for the logged-in person");
        });
    }

    @Test
    void deleting_the_account_asks_for_the_password_and_removes_everything_tied_to_the_person() {
        run("web", (web, db) -> {
            Web lara = learner(web);
            String email = email(db);
            complete(lara, "/courses/demo/basics/hello");
            Accounts.login(lara.otherBrowser(), email, "a-wrong-password"); // a throttling counter row
            Web.Page wrong = lara.submit("/me/account", "/me/delete", "password", "not-my-password");
            assertEquals(422, wrong.status());
            assertTrue(wrong.body().contains("That is not your current password."));
            assertEquals(1L, count(db, "users"));

            Web.Page gone = lara.submit("/me/account", "/me/delete", "password", Accounts.PASSWORD);
            assertEquals(200, gone.status());
            assertTrue(gone.body().contains("Your account is deleted"));
            for (String table : List.of("users", "sessions", "roles", "enrolments", "lesson_progress", "email_tokens",
                    "attempts")) {
                assertEquals(0L, count(db, table), table + " is empty");
            }
            assertEquals(302, lara.get("/me").status());
            assertEquals(401, Accounts.login(web.otherBrowser(), email, Accounts.PASSWORD).status());
            assertEquals(List.of(), new org.sanayan.Outbox(data).to(email), "no copy of their mail is kept");
        });
    }

    private static long count(Database db, String table) {
        return db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM " + table));
    }

    @Test
    void changing_the_name_shows_on_the_account_page() {
        run("web", (web, db) -> {
            Web lara = learner(web);
            assertEquals(422, lara.submit("/me/account", "/me/account/name", "name", "  ").status());
            assertEquals(303, lara.submit("/me/account", "/me/account/name", "name", "Lara Reyes").status());
            assertTrue(lara.get("/me").body().contains("Hello, Lara Reyes!"));
        });
    }

    @Test
    void a_logged_in_lesson_page_reads_at_most_three_times_and_writes_nothing() {
        run("web", (web, db) -> {
            Web lara = learner(web);
            complete(lara, "/courses/demo/basics/hello");
            lara.get("/courses/demo/basics/next");
            long reads = db.readCount();
            long writes = db.writeCount();
            assertEquals(200, lara.get("/courses/demo/basics/next").status());
            assertTrue(db.readCount() - reads <= 3, "reads: " + (db.readCount() - reads));
            assertEquals(0, db.writeCount() - writes);
        });
    }

    @Test
    void thirty_two_learners_completing_lessons_at_once_all_succeed_and_every_write_is_kept() throws Exception {
        run("web", (web, db) -> {
            var users = new org.sanayan.account.UserRepository(db);
            var passwords = new org.sanayan.account.Passwords(4, new org.sanayan.account.CommonPasswords());
            String hash = passwords.hash(Accounts.PASSWORD);
            List<Web> learners = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                users.create("c" + i + "@example.ph", "C" + i, hash, "en", clock.instant());
                Web w = web.otherBrowser();
                assertEquals(303, Accounts.login(w, "c" + i + "@example.ph", Accounts.PASSWORD).status());
                learners.add(w);
            }
            List<String> lessons = List.of("/courses/demo/basics/hello", "/courses/demo/basics/next",
                    "/courses/demo/more/third");
            ExecutorService pool = Executors.newFixedThreadPool(32);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (Web w : learners) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (String lesson : lessons) {
                        statuses.add(complete(w, lesson).status());
                    }
                    return statuses;
                }));
            }
            start.countDown();
            List<Integer> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<Integer>> f : results) {
                all.addAll(f.get());
            }
            pool.shutdown();
            assertEquals(96, all.size());
            assertTrue(all.stream().allMatch(s -> s == 303), "every request acknowledged: " + all);
            assertEquals(96L, count(db, "lesson_progress"));
            assertEquals(32L, count(db, "enrolments"));
        });
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
