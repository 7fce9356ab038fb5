package org.sanayan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sanayan.Config;
import org.sanayan.TestApp;

/**
 * Every kind of page passes axe-core's WCAG 2.1 A and AA rules (contrast, labels, names, structure) in a real
 * browser at phone width, for a visitor and for a logged-in learner, in English and in Filipino.
 */
class AccessibilityTest {

    @TempDir
    Path data;

    @TempDir
    Path content;

    private void course() throws IOException {
        Path c = content.resolve("demo");
        Files.createDirectories(c.resolve("01-basics"));
        Files.writeString(c.resolve("course.md"), "---\ntitle: Demo course\nsummary: For the browser.\n---\nHello.\n");
        Files.writeString(c.resolve("01-basics/module.md"), "---\ntitle: Basics\n---\n");
        Files.writeString(c.resolve("01-basics/01-read.md"), """
                ---
                title: Read me
                ---

                ## A table

                | Metric | Meaning |
                |---|---|
                | Reach | People who saw a post |

                > **Tip:** Post when your audience is online.

                See the [glossary](../glossary.md#reach).
                """);
        Files.writeString(c.resolve("glossary.md"), "---\ntitle: Glossary\n---\n\n## Reach\n\nHow many people saw it.\n");
        Files.writeString(c.resolve("01-basics/02-quiz.md"), "---\ntitle: Try the quiz\n---\n\nText.\n");
        Files.writeString(c.resolve("01-basics/02-quiz.quiz.md"), """
                ## Which is a fruit?

                - ( ) Brick
                  > Not edible.
                - (x) Mango

                > Mangoes grow on trees.

                ## Tick the colours.

                - [x] Red
                - [ ] Chair

                ## Name the striped animal.

                = zebra

                ## Put them in order.

                1. First
                2. Second

                ## Match them.

                - Cat -> Meow
                - Dog -> Woof
                """);
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe.min.js")) {
            assertNotNull(in, "axe.min.js comes with the test dependency com.deque.html.axe-core:selenium");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The WCAG A/AA violations axe finds on the current page, one line each. */
    @SuppressWarnings("unchecked")
    private static List<String> violations(ChromeDriver d, String axe) {
        d.executeScript(axe);
        Object result = d.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return new ArrayList<>((List<String>) result);
    }

    @Test
    void every_kind_of_page_passes_the_wcag_a_and_aa_rules_of_axe_core() throws IOException {
        course();
        String axe = axeSource();
        TestApp.run(Config.forTest(data, content), (web, db) -> {
            ChromeDriver d = Browsers.start(360, 740, true);
            d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Map<String, List<String>> found = new java.util.LinkedHashMap<>();
            try {
                String base = web.origin();
                d.get("data:text/html,<html lang=en><title>x</title><img src=x.png><input id=q>");
                List<String> control = violations(d, axe);
                assertEquals(2, control.size(), "axe runs and finds a missing alt text and a missing label: " + control);
                for (String lang : List.of("en", "fil")) {
                    d.get(base + "/?lang=" + lang);
                    for (String path : List.of("/", "/courses/demo", "/courses/demo/basics", "/courses/demo/basics/read",
                            "/courses/demo/glossary", "/courses/demo/basics/quiz", "/signup", "/login",
                            "/password/forgot", "/privacy", "/nope")) {
                        d.get(base + path);
                        found.put(lang + " " + path, violations(d, axe));
                    }
                }
                d.get(base + "/signup?lang=en");
                Browsers.submit(d, "Create my account");
                found.put("sign-up form with errors", violations(d, axe));

                d.findElement(By.id("name")).sendKeys("Maria Santos");
                d.findElement(By.id("email")).sendKeys("maria@example.ph");
                d.findElement(By.id("password")).sendKeys("kape-at-pandesal-2026");
                d.findElement(By.id("consent")).click(); // the box itself: the label holds a link
                Browsers.submit(d, "Create my account");
                found.put("/me", violations(d, axe));
                d.get(base + "/me/account");
                found.put("/me/account", violations(d, axe));
                d.get(base + "/courses/demo/basics/read");
                found.put("lesson, logged in", violations(d, axe));
                d.get(base + "/courses/demo/basics/quiz");
                Browsers.submit(d, "Start the quiz");
                found.put("attempt page", violations(d, axe));
                Browsers.submit(d, "Submit my answers");
                found.put("result page", violations(d, axe));
            } finally {
                d.quit();
            }
            Map<String, List<String>> failing = new java.util.LinkedHashMap<>();
            found.forEach((page, v) -> {
                if (!v.isEmpty()) {
                    failing.put(page, v);
                }
            });
            assertEquals(Map.of(), failing, "pages with accessibility violations");
        });
    }
}
