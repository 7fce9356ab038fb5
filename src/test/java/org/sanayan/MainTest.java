package org.sanayan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private String stdin = "";

    private Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, env, new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path brokenContent() throws Exception {
        Path root = dir.resolve("content");
        Files.createDirectories(root.resolve("c/01-m"));
        Files.writeString(root.resolve("c/course.md"), "---\ntitle: C\nsummary: S\n---\n");
        Files.writeString(root.resolve("c/01-m/module.md"), "---\ntitle: M\n---\n");
        Files.writeString(root.resolve("c/01-m/01-a.md"), "---\ntitle: A\ncolour: red\n---\n\n# Big\n");
        return root;
    }

    @Test
    void validate_prints_one_line_per_problem_and_exits_1_on_errors() throws Exception {
        Path root = brokenContent();
        Run r = run(Map.of(), "validate", root.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains(root + "/c/01-m/01-a.md:3: error: unknown key 'colour'"), r.out());
        assertTrue(r.out().contains(root + "/c/01-m/01-a.md:6: warning: '# Big'"), r.out());
        assertTrue(r.out().strip().endsWith("FAILED: 1 error(s), 1 warning(s) in 1 course(s), 1 module(s), "
                + "1 lesson(s), 0 translation(s), 0 quiz(zes)"), r.out());
    }

    @Test
    void validate_exits_0_with_a_summary_on_valid_content() {
        Path fixture = TestApp.fixture("web");
        Run r = run(Map.of(), "validate", fixture.toString());
        assertEquals(0, r.code(), r.out());
        // translations: course.fil.md, module.fil.md, 01-hello.fil.md and glossary.fil.md
        assertEquals("OK: 1 course(s), 2 module(s), 3 lesson(s), 4 translation(s), 0 quiz(zes), 0 warning(s)", r.out().strip());
    }

    @Test
    void serve_refuses_to_start_on_invalid_content_and_prints_the_same_lines() throws Exception {
        Path root = brokenContent();
        Run r = run(Map.of("SANAYAN_CONTENT", root.toString(), "SANAYAN_DATA", dir.resolve("data").toString(),
                "PORT", "0"), "serve");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(root + "/c/01-m/01-a.md:3: error: unknown key 'colour'"), r.err());
        assertTrue(r.err().contains("not starting"), r.err());
    }

    @Test
    void bad_arguments_and_settings_get_a_clear_message_and_exit_2() {
        Run unknown = run(Map.of(), "frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown command 'frobnicate'"));
        assertTrue(unknown.err().contains("Usage:"));

        Run tooMany = run(Map.of(), "validate", "a", "b");
        assertEquals(2, tooMany.code());

        Run badPort = run(Map.of("PORT", "seventy"), "serve");
        assertEquals(2, badPort.code());
        assertTrue(badPort.err().contains("PORT must be a whole number"), badPort.err());

        Run badZone = run(Map.of("SANAYAN_TIMEZONE", "Mars/Base"), "serve");
        assertEquals(2, badZone.code());
        assertTrue(badZone.err().contains("SANAYAN_TIMEZONE"), badZone.err());

        Run badBase = run(Map.of("SANAYAN_BASE_URL", "ftp://x"), "serve");
        assertEquals(2, badBase.code());
        assertTrue(badBase.err().contains("SANAYAN_BASE_URL"), badBase.err());
    }

    @Test
    void help_lists_the_commands() {
        Run r = run(Map.of(), "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("validate [folder]"));
        assertTrue(r.out().contains("serve"));
    }

    @Test
    void configuration_has_the_documented_defaults() {
        Config c = Config.fromEnvironment(Map.of());
        assertEquals(7070, c.port());
        assertEquals(Path.of("data"), c.dataDir());
        assertEquals(Path.of("course-content"), c.contentDir());
        assertEquals("Asia/Manila", c.timezone().getId());
        assertEquals("http://localhost:7070", c.baseUrl());
        assertEquals(false, c.trustProxy());
        assertEquals(false, c.dev());
        assertEquals("https://learn.example.ph", Config.fromEnvironment(
                Map.of("SANAYAN_BASE_URL", "https://learn.example.ph/")).baseUrl());
    }
}
