package org.sanayan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.sanayan.Config;
import org.sanayan.TestApp;

/** A learner in a real browser, with JavaScript off: sign up, read, complete, take a quiz, see the result. */
class LearnerJourneyTest {

    @TempDir
    Path data;

    @TempDir
    Path content;

    private void course() throws IOException {
        Path c = content.resolve("demo");
        Files.createDirectories(c.resolve("01-basics"));
        Files.writeString(c.resolve("course.md"), "---\ntitle: Demo course\nsummary: For the browser.\n---\nHello.\n");
        Files.writeString(c.resolve("01-basics/module.md"), "---\ntitle: Basics\n---\n");
        Files.writeString(c.resolve("01-basics/01-read.md"), "---\ntitle: Read me\n---\n\n## A table\n\n"
                + "| Metric | Meaning |\n|---|---|\n| Reach | People who saw a post, counted once each, on any screen size |\n");
        Files.writeString(c.resolve("01-basics/02-quiz.md"), "---\ntitle: Try the quiz\n---\n\nText.\n");
        Files.writeString(c.resolve("01-basics/02-quiz.quiz.md"), """
                ---
                pass: 100
                ---

                ## Which is a fruit?

                - ( ) Brick
                  > Not edible.
                - (x) Mango

                > Mangoes grow on trees.

                ## Put them in order.

                1. First
                2. Second

                > First comes first.
                """);
    }

    /**
     * A second course whose quiz is as wide as real content gets: a matching question whose right sides are long
     * sentences (a select is as wide as its longest option), and words longer than a phone is wide.
     */
    private void wideCourse() throws IOException {
        Path c = content.resolve("wide");
        Files.createDirectories(c.resolve("01-m"));
        Files.writeString(c.resolve("course.md"), "---\ntitle: Wide course\n---\nHello.\n");
        Files.writeString(c.resolve("01-m/module.md"), "---\ntitle: Module\n---\n");
        Files.writeString(c.resolve("01-m/01-match.md"), "---\ntitle: Matching\n---\n\nText.\n");
        Files.writeString(c.resolve("01-m/01-match.quiz.md"), """
                ---
                reveal: always
                shuffle: false
                ---

                ## Match each part of a SMART goal with the part of this goal that fulfils it, for the kakanin shop in the barangay.

                A home kakanin business sets this goal: raise Messenger orders for our kakanin from 40 to 60 a month.

                - Specific -> raise Messenger orders for our kakanin, not just any kind of engagement on the page
                - Measurable -> from 40 to 60 orders a month, counted in the order log the owner already keeps
                - Time-bound -> by the end of March, which gives the shop three full months to see the change

                ## Which hashtag is #SupportLocalKakaninBusinessesInBarangayMaligayaNgayong2026?

                See https://www.facebook.com/groups/SupportLocalKakaninBusinessesInBarangayMaligaya for examples.

                - (x) #SupportLocalKakaninBusinessesInBarangayMaligayaNgayong2026
                - ( ) #kakanin

                > Hashtags like #SupportLocalKakaninBusinessesInBarangayMaligayaNgayong2026 are hard to read.
                """);
    }

    /** Fails when the page is wider than the window, so the phone would scroll it sideways or zoom it out. */
    private static void assertFits(WebDriver d, String what) {
        long overflow = (Long) ((JavascriptExecutor) d).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, what + " (" + d.getCurrentUrl() + ") scrolls sideways by " + overflow + " px");
    }

    private static WebElement find(WebDriver d, By by) {
        List<WebElement> found = d.findElements(by);
        if (found.isEmpty()) {
            throw new AssertionError("nothing matches " + by + " on " + d.getCurrentUrl() + ":\n" + d.getPageSource());
        }
        return found.get(0);
    }

    @Test
    void a_learner_signs_up_completes_a_lesson_and_passes_a_quiz_without_javascript() throws IOException {
        course();
        TestApp.run(Config.forTest(data, content), (web, db) -> {
            ChromeDriver d = Browsers.start(360, 800, false);
            try {
                String base = web.origin();
                d.get(base + "/signup");
                d.findElement(By.id("name")).sendKeys("Maria Santos");
                d.findElement(By.id("email")).sendKeys("maria@example.ph");
                d.findElement(By.id("password")).sendKeys("kape-at-pandesal-2026");
                d.findElement(By.id("consent")).click(); // the box itself: the label holds a link
                Browsers.submit(d, "Create my account");
                assertTrue(d.getPageSource().contains("Hello, Maria Santos!"), d.getPageSource());

                d.get(base + "/courses/demo/basics/read");
                Browsers.submit(d, "Mark this lesson as done");
                assertTrue(d.getPageSource().contains("You completed this lesson."));

                d.get(base + "/courses/demo/basics/quiz");
                Browsers.submit(d, "Start the quiz");
                find(d, By.xpath("//label[normalize-space()='Mango']")).click();
                for (WebElement select : d.findElements(By.tagName("select"))) {
                    String item = d.findElement(By.cssSelector("label[for='" + select.getAttribute("id") + "']")).getText();
                    new Select(select).selectByVisibleText(item.equals("First") ? "1" : "2");
                }
                Browsers.submit(d, "Submit my answers");
                assertTrue(d.getCurrentUrl().endsWith("/result"));
                assertTrue(d.getPageSource().contains("Your score: 100% (2 of 2 right)."), d.getPageSource());
                assertTrue(d.getPageSource().contains("Mangoes grow on trees."));

                d.get(base + "/courses/demo");
                assertTrue(d.getPageSource().contains("2 of 2 lessons, 100%"));
            } finally {
                d.quit();
            }
        });
    }

    @Test
    void every_kind_of_page_fits_a_360_pixel_wide_phone() throws IOException {
        course();
        wideCourse();
        TestApp.run(Config.forTest(data, content), (web, db) -> {
            ChromeDriver d = Browsers.start(360, 740, true);
            try {
                String base = web.origin();
                for (String path : List.of("/", "/courses/demo", "/courses/demo/basics", "/courses/demo/basics/read",
                        "/courses/demo/basics/quiz", "/signup", "/login", "/privacy", "/nope?lang=fil")) {
                    d.get(base + path);
                    assertFits(d, path);
                }

                // the quiz pages need a learner: an open attempt with a matching question and very long words,
                // then its result page with the answers and the right answers shown
                d.get(base + "/signup?lang=en"); // the last page above switched the language to Filipino
                d.findElement(By.id("name")).sendKeys("Maria Santos");
                d.findElement(By.id("email")).sendKeys("maria@example.ph");
                d.findElement(By.id("password")).sendKeys("kape-at-pandesal-2026");
                d.findElement(By.id("consent")).click();
                Browsers.submit(d, "Create my account");
                d.get(base + "/courses/wide/m/match/quiz");
                assertFits(d, "the quiz page");
                Browsers.submit(d, "Start the quiz");
                assertTrue(d.getCurrentUrl().contains("/attempts/"), d.getCurrentUrl());
                assertEquals(3, d.findElements(By.tagName("select")).size(), d.getPageSource());
                assertFits(d, "an open attempt");
                for (WebElement select : d.findElements(By.tagName("select"))) {
                    new Select(select).selectByIndex(1);
                }
                Browsers.submit(d, "Submit my answers");
                assertTrue(d.getCurrentUrl().endsWith("/result"), d.getCurrentUrl());
                assertFits(d, "the result page");
            } finally {
                d.quit();
            }
        });
    }
}
