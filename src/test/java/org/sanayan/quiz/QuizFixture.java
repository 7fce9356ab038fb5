package org.sanayan.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a course whose quizzes use every question type, with markers that must never leak before submission. */
final class QuizFixture {

    static final String QUESTIONS = """
            Intro INTRO-MARK.

            ## Pick the fruit.

            - ( ) Alpha
              > FEEDBACK-ALPHA
            - (x) Banana
              > FEEDBACK-BANANA
            - ( ) Carrot
              > FEEDBACK-CARROT

            > EXPLAIN-ONE

            ## Tick the colours.

            - [x] Red
            - [x] Blue
            - [ ] Chair
              > FEEDBACK-CHAIR

            > EXPLAIN-TWO

            ## Name the striped animal.

            = zebra
              > FEEDBACK-ZEBRA

            > EXPLAIN-THREE

            ## What is six times seven?

            = 42 ± 0.5

            > EXPLAIN-FOUR

            ## Order the numbers.

            1. One
            2. Two
            3. Three

            > EXPLAIN-FIVE

            ## Match the pairs.

            - Cat -> Meow
            - Dog -> Woof
            - Cow -> Moo

            > EXPLAIN-SIX
            """;

    private QuizFixture() {
    }

    static Path write(Path root) throws IOException {
        Path c = root.resolve("q");
        Files.createDirectories(c.resolve("01-m"));
        Files.writeString(c.resolve("course.md"), """
                ---
                title: Quiz course
                summary: Every question type.
                certificate:
                  requires: [lessons, exam]
                ---
                Intro.
                """);
        Files.writeString(c.resolve("01-m/module.md"), "---\ntitle: M\n---\n");
        lesson(c, "01-always", "always", "reveal: always\n");
        lesson(c, "02-after", "after", "");
        lesson(c, "03-never", "never", "reveal: never\n");
        lesson(c, "04-limited", "limited", "attempts: 2\n");
        Files.writeString(c.resolve("exam.quiz.md"), """
                ---
                pass: 50
                ---

                ## Which is a fruit?

                - (x) Mango
                - ( ) Brick
                  > FEEDBACK-BRICK

                > EXPLAIN-EXAM
                """);
        return root;
    }

    private static void lesson(Path c, String file, String title, String settings) throws IOException {
        Files.writeString(c.resolve("01-m/" + file + ".md"), "---\ntitle: Lesson " + title + "\n---\nText.\n");
        Files.writeString(c.resolve("01-m/" + file + ".quiz.md"), "---\npass: 60\n" + settings + "---\n" + QUESTIONS);
    }
}
