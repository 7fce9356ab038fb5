package org.sanayan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentLoaderTest {

    @TempDir
    Path root;

    /** A small valid course; each case changes a few files (null content deletes the file). */
    private static Map<String, String> validCourse() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("c/course.md", "---\ntitle: C\nsummary: S\nlevel: beginner\nhours: 3\nlanguages: [en, fil]\n---\n"
                + "Intro with [a lesson](01-m/01-a.md).\n");
        files.put("c/course.fil.md", "---\ntitle: K\nsummary: B\n---\nPanimula.\n");
        files.put("c/01-m/module.md", "---\ntitle: M\nsummary: About M\n---\nModule intro.\n");
        files.put("c/01-m/01-a.md", "---\ntitle: A\nminutes: 3\n---\n\n## Part\n\nSee ![pic](../images/pic.png).\n");
        files.put("c/01-m/01-a.fil.md", "---\ntitle: A sa Filipino\n---\n\n## Bahagi\n\nTeksto.\n");
        files.put("c/01-m/02-b.md", "---\ntitle: B\naliases: [old-b]\n---\n\nBack to [A](01-a.md#part).\n");
        files.put("c/02-n/module.md", "---\ntitle: N\naliases: [old-n]\n---\n");
        files.put("c/02-n/01-x.md", "---\ntitle: X\n---\nText.\n");
        files.put("c/images/pic.png", "PNG");
        return files;
    }

    private ContentLoader.Result load(Map<String, String> changes) throws IOException {
        Map<String, String> files = validCourse();
        files.putAll(changes);
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return new ContentLoader().load(root);
    }

    private static List<String> lines(ContentLoader.Result r) {
        return r.problems().stream().map(p -> p.format("")).toList();
    }

    @Test
    void a_valid_course_loads_without_problems() throws IOException {
        ContentLoader.Result r = load(Map.of());
        assertEquals(List.of(), lines(r));
        assertEquals(new ContentLoader.Stats(1, 2, 3, 2, 0), r.stats());
        Course c = r.catalog().course("c").orElseThrow();
        assertEquals(List.of("lessons"), c.certificate().requires());
        assertEquals(List.of("en", "fil"), c.languages());
        Lesson a = r.catalog().lesson("c", "m", "a").orElseThrow();
        assertEquals("A sa Filipino", a.text().in("fil").title());
        assertEquals("A", a.text().in("es").title());
        assertTrue(a.text().english().body().value().contains("src=\"/courses/c/assets/images/pic.png\""));
        assertTrue(r.catalog().lesson("c", "m", "b").orElseThrow().text().english().body().value()
                .contains("href=\"/courses/c/m/a#part\""));
        assertEquals("c/m/b", r.catalog().lessonByIdOrAlias("c/m/old-b").orElseThrow().id());
        assertEquals("c/n/x", r.catalog().lessonByIdOrAlias("c/old-n/x").orElseThrow().id());
        assertTrue(c.assets().containsKey("images/pic.png"));
    }

    static Stream<Arguments> brokenContent() {
        return Stream.of(
            Arguments.of("YAML syntax error", Map.of("c/01-m/01-a.md", "---\ntitle: A\nminutes: [3\n---\nText.\n"),
                "c/01-m/01-a.md:3: error: YAML syntax error"),
            Arguments.of("unknown key", Map.of("c/01-m/01-a.md", "---\ntitle: A\ncolour: red\n---\nText.\n"),
                "c/01-m/01-a.md:3: error: unknown key 'colour'"),
            Arguments.of("wrong type", Map.of("c/01-m/01-a.md", "---\ntitle: A\nminutes: many\n---\nText.\n"),
                "c/01-m/01-a.md:3: error: 'minutes' must be a positive number"),
            Arguments.of("wrong type in course", Map.of("c/course.md", "---\ntitle: C\nsummary: S\nsequential: maybe\n---\n"),
                "c/course.md:4: error: 'sequential' must be true or false"),
            Arguments.of("list expected", Map.of("c/course.md", "---\ntitle: C\nsummary: S\nlanguages: en\n---\n"),
                "c/course.md:4: error: 'languages' must be a list"),
            Arguments.of("missing title", Map.of("c/01-m/01-a.md", "---\nminutes: 3\n---\nText.\n"),
                "c/01-m/01-a.md:1: error: missing 'title'"),
            Arguments.of("no front matter at all", Map.of("c/01-m/02-b.md", "Just text.\n"),
                "c/01-m/02-b.md:1: error: missing 'title'"),
            Arguments.of("front matter never closed", Map.of("c/01-m/02-b.md", "---\ntitle: B\nText.\n"),
                "c/01-m/02-b.md:1: error: front matter starts with '---' but has no closing"),
            Arguments.of("duplicate key", Map.of("c/01-m/02-b.md", "---\ntitle: B\ntitle: C\n---\n"),
                "c/01-m/02-b.md:3: error: YAML syntax error"),
            Arguments.of("bad lesson slug", Map.of("c/01-m/03-Bad_Name.md", "---\ntitle: Bad\n---\n"),
                "c/01-m/03-Bad_Name.md:1: error: lesson file name: 'Bad_Name' is not a slug"),
            Arguments.of("bad module slug", Map.of("c/03-Big Module/module.md", "---\ntitle: Big\n---\n"),
                "c/03-Big Module:1: error: module folder '03-Big Module'"),
            Arguments.of("duplicate lesson number", Map.of("c/01-m/02-c.md", "---\ntitle: C\n---\n"),
                "c/01-m/02-c.md:1: error: duplicate lesson number 02"),
            Arguments.of("duplicate module number", Map.of("c/02-o/module.md", "---\ntitle: O\n---\n"),
                "c/02-o:1: error: duplicate module number 02"),
            Arguments.of("stray Markdown file", Map.of("c/01-m/notes.md", "notes"),
                "c/01-m/notes.md:1: error: unexpected Markdown file"),
            Arguments.of("stray Markdown in an asset folder", Map.of("c/images/readme.md", "x"),
                "c/images/readme.md:1: error: unexpected Markdown file in an asset folder"),
            Arguments.of("stray Markdown at the course root", Map.of("c/todo.md", "x"),
                "c/todo.md:1: error: unexpected Markdown file"),
            Arguments.of("broken link", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\n\nText.\n\nSee [gone](03-gone.md).\n"),
                "c/01-m/02-b.md:7: error: broken link: '03-gone.md' does not exist"),
            Arguments.of("link to a file that is not published", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\n\n[sheet](../images/plan.xlsx)\n",
                    "c/images/plan.xlsx", "PK"),
                "c/01-m/02-b.md:5: error: broken link: '../images/plan.xlsx' is there, but not published (see the line "
                    + "about that file)"),
            Arguments.of("missing image", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\n![x](../images/none.png)\n"),
                "c/01-m/02-b.md:4: error: missing image: '../images/none.png' does not exist"),
            Arguments.of("link out of the course", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\n[x](../../../etc/passwd)\n"),
                "c/01-m/02-b.md:4: error: link '../../../etc/passwd' points outside the course folder"),
            Arguments.of("module without module.md", Map.of("c/03-o/01-y.md", "---\ntitle: Y\n---\n"),
                "c/03-o/module.md:1: error: module folder without module.md"),
            Arguments.of("reserved module slug", Map.of("c/03-glossary/module.md", "---\ntitle: G\n---\n"),
                "c/03-glossary:1: error: module slug 'glossary' is reserved"),
            Arguments.of("setting in a translation", Map.of("c/01-m/01-a.fil.md", "---\ntitle: A\nminutes: 4\n---\n"),
                "c/01-m/01-a.fil.md:3: error: 'minutes' is a setting"),
            Arguments.of("setting in a course translation", Map.of("c/course.fil.md", "---\ntitle: K\nsequential: true\n---\n"),
                "c/course.fil.md:3: error: 'sequential' is a setting"),
            Arguments.of("explicit English locale", Map.of("c/01-m/02-b.en.md", "---\ntitle: B\n---\n"),
                "c/01-m/02-b.en.md:1: error: English is the file without a language part"),
            Arguments.of("translation without English", Map.of("c/01-m/05-z.fil.md", "---\ntitle: Z\n---\n"),
                "c/01-m/05-z.fil.md:1: error: translation without its English lesson"),
            Arguments.of("quiz without lesson", Map.of("c/01-m/05-z.quiz.md", "## Q?\n\n= a\n"),
                "c/01-m/05-z.quiz.md:1: error: quiz without its lesson"),
            Arguments.of("exam required but missing",
                Map.of("c/course.md", "---\ntitle: C\nsummary: S\ncertificate:\n  requires: [lessons, exam]\n---\n"),
                "c/course.md:4: error: 'certificate.requires' lists 'exam' but the course has no exam.quiz.md"),
            Arguments.of("unknown certificate key",
                Map.of("c/course.md", "---\ntitle: C\nsummary: S\ncertificate:\n  expires: 12\n---\n"),
                "c/course.md:4: error: unknown key 'certificate.expires'"),
            Arguments.of("course without course.md", Map.of("d/01-m/module.md", "---\ntitle: M\n---\n"),
                "d/course.md:1: error: missing course.md"),
            Arguments.of("module alias that is a live module", Map.of("c/02-n/module.md", "---\ntitle: N\naliases: [m]\n---\n"),
                "c/02-n/module.md:1: error: module alias 'm' is the slug of an existing module"),
            Arguments.of("lesson alias that is a live lesson", Map.of("c/02-n/01-x.md", "---\ntitle: X\naliases: [m/a]\n---\n"),
                "c/02-n/01-x.md:1: error: lesson alias 'm/a' is the identity of an existing lesson"),
            Arguments.of("malformed alias", Map.of("c/02-n/01-x.md", "---\ntitle: X\naliases: [a/b/c]\n---\n"),
                "c/02-n/01-x.md:3: error: lesson alias 'a/b/c' must be"),
            Arguments.of("module alias that is a reserved address", Map.of("c/02-n/module.md", "---\ntitle: N\naliases: [old-n, glossary]\n---\n"),
                "c/02-n/module.md:3: error: module alias 'glossary' is reserved: /courses/c/glossary is one of the "
                    + "site's own addresses, so it could never lead to this module"),
            Arguments.of("module alias 'exam'", Map.of("c/02-n/module.md", "---\ntitle: N\naliases: [exam]\n---\n"),
                "c/02-n/module.md:3: error: module alias 'exam' is reserved"),
            Arguments.of("h1 in the body", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\n\n# Big title\n"),
                "c/01-m/02-b.md:5: warning: '# Big title': the page title comes from the front matter"),
            Arguments.of("not UTF-8", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\nCaf\u00e9\n"),
                null)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenContent")
    void each_problem_is_reported_with_its_file_and_line(String name, Map<String, String> changes, String expected)
            throws IOException {
        if (expected == null) {
            return; // covered by its own test below (needs raw bytes)
        }
        ContentLoader.Result r = load(changes);
        List<String> lines = lines(r);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)), () -> "expected " + expected + " in " + lines);
        if (expected.contains(": error: ")) {
            assertTrue(r.hasErrors());
        }
    }

    static Stream<Arguments> brokenAnchors() {
        return Stream.of(
            Arguments.of("an anchor of this page", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\n\n## Steps\n\nSee [below](#step).\n"),
                "c/01-m/02-b.md:7: error: broken link: '#step': no heading of this page has the anchor 'step' (its "
                    + "anchors: steps)"),
            Arguments.of("an anchor of another lesson", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\n\nBack to [A](01-a.md#parts).\n"),
                "c/01-m/02-b.md:5: error: broken link: '01-a.md#parts': no heading of the page it leads to has the "
                    + "anchor 'parts' (its anchors: part)"),
            Arguments.of("an English anchor from a translation whose target has other headings",
                Map.of("c/01-m/02-b.fil.md", "---\ntitle: B\n---\n\nBalik sa [A](01-a.md#part).\n"),
                "c/01-m/02-b.fil.md:5: error: broken link: '01-a.md#part': no heading of the page it leads to (in "
                    + "its 'fil' version) has the anchor 'part' (its anchors: bahagi)"),
            Arguments.of("a glossary term", Map.of("c/glossary.md", "---\ntitle: G\n---\n\n## Reach\n\nPeople.\n",
                    "c/01-m/02-b.md", "---\ntitle: B\n---\n\nSee [impressions](../glossary.md#impressions).\n"),
                "c/01-m/02-b.md:5: error: broken link: '../glossary.md#impressions': no heading of the page it leads "
                    + "to has the anchor 'impressions' (its anchors: reach)"),
            Arguments.of("an anchor in a quiz's link", Map.of("c/01-m/01-a.quiz.md", "## Q?\n\nRead [this](01-a.md#nope).\n\n= a\n"),
                "c/01-m/01-a.quiz.md:3: error: broken link: '01-a.md#nope'"),
            Arguments.of("a page without headings", Map.of("c/01-m/02-b.md", "---\ntitle: B\n---\n\n[Module](module.md#intro)\n"),
                "c/01-m/02-b.md:5: error: broken link: 'module.md#intro': no heading of the page it leads to has the "
                    + "anchor 'intro' (it has no headings)")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAnchors")
    void a_link_to_a_heading_that_is_not_there_is_reported(String name, Map<String, String> changes, String expected)
            throws IOException {
        List<String> lines = lines(load(changes));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)), () -> "expected " + expected + " in " + lines);
    }

    @Test
    void links_to_headings_that_are_there_pass() throws IOException {
        ContentLoader.Result r = load(Map.of(
                "c/glossary.md", "---\ntitle: G\n---\n\n## Reach\n\nPeople.\n\n## Engagement rate\n\nShare.\n",
                "c/glossary.fil.md", "---\ntitle: G\n---\n\n## Reach\n\nTao.\n\n## Engagement rate\n\nBahagi.\n",
                "c/01-m/02-b.md", "---\ntitle: B\n---\n\n## Two words\n\n[Up](#two-words), [top](#top), "
                        + "[A](01-a.md#part), [rate](../glossary.md#engagement-rate), [pic](../images/pic.png#x).\n",
                "c/01-m/02-b.fil.md", "---\ntitle: B\n---\n\n[A](01-a.md#bahagi), [abot](../glossary.md#reach), "
                        + "[X](../02-n/01-x.md#anything-else)\n",
                "c/02-n/01-x.md", "---\ntitle: X\n---\n\n## Anything else\n"));
        assertEquals(List.of(), lines(r));
    }

    @Test
    void a_glossary_term_defined_twice_is_reported_at_its_second_entry() throws IOException {
        ContentLoader.Result r = load(Map.of(
                "c/glossary.md", "---\ntitle: G\n---\n\n## Reach\n\nPeople.\n\n### Example\n\n## reach\n\nAgain.\n"
                        + "\n### Example\n"));
        assertEquals(List.of("c/glossary.md:11: error: glossary term 'reach' is already defined on line 5: give each "
                + "term one entry"), lines(r));
    }

    @Test
    void every_translated_file_counts_as_a_translation() throws IOException {
        ContentLoader.Result r = load(Map.of(
                "c/01-m/module.fil.md", "---\ntitle: M\n---\n",
                "c/glossary.md", "---\ntitle: G\n---\n\n## Reach\n",
                "c/glossary.fil.md", "---\ntitle: G\n---\n\n## Reach\n",
                "c/01-m/01-a.quiz.md", "## Q?\n\n= a\n",
                "c/01-m/01-a.quiz.fil.md", "## T?\n\n= a\n"));
        assertEquals(List.of(), lines(r));
        // course, module, lesson, glossary and quiz translations
        assertEquals(5, r.stats().translations());
    }

    @Test
    void a_linked_file_is_published_only_when_it_is_an_asset_inside_the_course_and_validate_warns() throws IOException {
        load(Map.of("c/images/real.png", "PNG2"));
        Path images = root.resolve("c/images");
        Files.createSymbolicLink(images.resolve("course.txt"), Path.of("../course.md"));
        Files.createSymbolicLink(images.resolve("lesson.png"), Path.of("../01-m/01-a.md"));
        Files.createSymbolicLink(images.resolve("alias.png"), Path.of("real.png"));
        Files.createSymbolicLink(root.resolve("c/pictures"), Path.of("images"));
        ContentLoader.Result r = new ContentLoader().load(root);
        Map<String, Path> assets = r.catalog().course("c").orElseThrow().assets();
        assertEquals(List.of("images/alias.png", "images/pic.png", "images/real.png"),
                assets.keySet().stream().sorted().toList());
        assertEquals(root.resolve("c/images/real.png").toRealPath(), assets.get("images/alias.png"));
        assertEquals(List.of(
                "c/images/alias.png:1: warning: a link to 'images/real.png': served, but a link may not survive a copy "
                        + "of the course (a zip file, a Windows computer): copy the file instead",
                "c/images/course.txt:1: warning: not served: it is a link to 'course.md', a kind of file that is "
                        + "never published",
                "c/images/lesson.png:1: warning: not served: it is a link to '01-m/01-a.md', a kind of file that "
                        + "is never published",
                "c/pictures:1: warning: not served: a link to a folder; its files are not published (copy the "
                        + "folder instead)"), lines(r));
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_not_thrown() throws IOException {
        load(Map.of());
        Files.write(root.resolve("c/01-m/02-b.md"), new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':',
                ' ', (byte) 0xC3, (byte) 0x28, '\n', '-', '-', '-', '\n'});
        ContentLoader.Result r = new ContentLoader().load(root);
        assertTrue(lines(r).contains("c/01-m/02-b.md:1: error: not UTF-8 text: save the file as UTF-8"), lines(r)::toString);
    }

    @Test
    void a_missing_content_folder_is_one_clear_error() {
        ContentLoader.Result r = new ContentLoader().load(root.resolve("nowhere"));
        assertTrue(r.hasErrors());
        assertTrue(r.problems().get(0).message().contains("does not exist"));
    }

    @Test
    void renumbering_changes_neither_address_nor_identity() throws IOException {
        ContentLoader.Result before = load(Map.of());
        Files.move(root.resolve("c/01-m/01-a.md"), root.resolve("c/01-m/07-a.md"));
        Files.move(root.resolve("c/01-m/01-a.fil.md"), root.resolve("c/01-m/07-a.fil.md"));
        // links name files, so the instructor updates them (validate lists each one otherwise)
        for (String f : List.of("c/course.md", "c/01-m/02-b.md")) {
            Path p = root.resolve(f);
            Files.writeString(p, Files.readString(p).replace("01-a.md", "07-a.md"));
        }
        ContentLoader.Result after = new ContentLoader().load(root);
        assertEquals(List.of(), lines(after));
        assertEquals("/courses/c/m/a", after.catalog().lesson("c", "m", "a").orElseThrow().path());
        assertEquals(List.of("c/m/a", "c/m/b", "c/n/x"),
                before.catalog().allLessons().stream().map(Lesson::id).sorted().toList());
        assertEquals(List.of("c/m/b", "c/m/a", "c/n/x"),
                after.catalog().course("c").orElseThrow().lessons().stream().map(Lesson::id).toList());
    }

    @Test
    void problems_do_not_stop_the_rest_of_the_course_from_loading() throws IOException {
        ContentLoader.Result r = load(Map.of("c/01-m/02-b.md", "---\ntitle: B\nbogus: 1\n---\n"));
        assertTrue(r.hasErrors());
        assertFalse(r.catalog().course("c").isEmpty());
    }
}
