package org.sanayan.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a content folder (the format of CONTENT-FORMAT.md) into an immutable {@link Catalog}, and reports every
 * problem it meets with its file and line. Markdown is parsed and rendered here, once, never per request.
 */
public final class ContentLoader {

    /** What a load produced. The catalog holds whatever could be read; use it only when there are no errors. */
    public record Result(Catalog catalog, List<Problem> problems, Stats stats) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        public long errorCount() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warningCount() {
            return problems.size() - errorCount();
        }
    }

    public record Stats(int courses, int modules, int lessons, int translations, int quizzes) {
    }

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final Set<String> RESERVED_MODULE_SLUGS = Set.of("assets", "exam", "glossary", "enrol", "leave", "quiz");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{2})-(.*)");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}");
    /** {@code NN-slug[.quiz][.locale].md}: the slug part has no dots, so the suffixes are unambiguous. */
    private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2})-([^.]*)(\\.quiz)?(?:\\.([^.]+))?\\.md");
    private static final Pattern NAMED_FILE = Pattern.compile("(course|module|glossary|exam\\.quiz)(?:\\.([^.]+))?\\.md");

    private static final Set<String> COURSE_KEYS = Set.of("title", "summary", "level", "hours", "languages",
            "sequential", "certificate");
    private static final Set<String> MODULE_KEYS = Set.of("title", "summary", "aliases");
    private static final Set<String> LESSON_KEYS = Set.of("title", "minutes", "aliases");
    private static final Set<String> GLOSSARY_KEYS = Set.of("title");
    private static final Set<String> TRANSLATABLE_KEYS = Set.of("title", "summary");

    private final Markdown markdown = new Markdown();
    private final QuizParser quizParser = new QuizParser(markdown);

    public Result load(Path root) {
        return new Run(root).load();
    }

    /** The state of one load: the problems found so far. */
    private final class Run {
        private final Path root;
        private final List<Problem> problems = new ArrayList<>();
        private int translationCount;
        private int quizCount;
        /** The heading anchors of every page, by its address and language: what a link's #fragment may name. */
        private final Map<String, Map<String, Set<String>>> anchors = new HashMap<>();
        /** Links with a #fragment, checked once every page (and so every anchor) is known. */
        private final List<AnchorLink> anchorLinks = new ArrayList<>();

        Run(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        Result load() {
            List<Course> courses = new ArrayList<>();
            if (!Files.isDirectory(root)) {
                problems.add(Problem.error(".", 1, "content folder " + root + " does not exist"));
                return result(courses);
            }
            for (Path entry : list(root)) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    if (!SLUG.matcher(name).matches()) {
                        problems.add(Problem.error(rel(entry), 1, "course folder name '" + name
                                + "' is not a slug (lowercase letters, digits and '-')"));
                        continue;
                    }
                    loadCourse(entry).ifPresent(courses::add);
                } else if (name.endsWith(".md")) {
                    problems.add(Problem.error(rel(entry), 1,
                            "Markdown file outside any course folder (courses live in <course-slug>/course.md)"));
                }
            }
            if (courses.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
                problems.add(Problem.error(".", 1, "no course found (expected <course-slug>/course.md)"));
            }
            checkAnchors();
            return result(courses);
        }

        private Result result(List<Course> courses) {
            Catalog catalog = new Catalog(courses);
            problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
            return new Result(catalog, List.copyOf(problems),
                    new Stats(courses.size(), catalog.moduleCount(), catalog.lessonCount(), translationCount,
                            quizCount));
        }

        // ---- scanning -------------------------------------------------------------------------------------

        private final class ModuleScan {
            final Path dir;
            final int number;
            final String slug;
            final Map<String, Path> files = new TreeMap<>();
            final Map<String, LessonScan> lessons = new LinkedHashMap<>();

            ModuleScan(Path dir, int number, String slug) {
                this.dir = dir;
                this.number = number;
                this.slug = slug;
            }
        }

        private static final class LessonScan {
            final int number;
            final String slug;
            final Map<String, Path> texts = new TreeMap<>();
            final Map<String, Path> quizzes = new TreeMap<>();

            LessonScan(int number, String slug) {
                this.number = number;
                this.slug = slug;
            }
        }

        private Optional<Course> loadCourse(Path dir) {
            String courseSlug = dir.getFileName().toString();
            Map<String, Path> courseFiles = new TreeMap<>();
            Map<String, Path> glossaryFiles = new TreeMap<>();
            Map<String, Path> examFiles = new TreeMap<>();
            List<ModuleScan> modules = new ArrayList<>();
            Map<String, Path> assets = new TreeMap<>();

            for (Path entry : list(dir)) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    Matcher m = NUMBERED.matcher(name);
                    if (m.matches()) {
                        scanModule(dir, entry, Integer.parseInt(m.group(1)), m.group(2), assets).ifPresent(modules::add);
                    } else {
                        scanAssets(dir, entry, assets);
                    }
                    continue;
                }
                Matcher m = NAMED_FILE.matcher(name);
                if (m.matches()) {
                    String locale = locale(entry, m.group(2));
                    if (locale == null) {
                        continue;
                    }
                    switch (m.group(1)) {
                        case "course" -> courseFiles.put(locale, entry);
                        case "glossary" -> glossaryFiles.put(locale, entry);
                        default -> examFiles.put(locale, entry);
                    }
                } else if (name.endsWith(".md")) {
                    problems.add(Problem.error(rel(entry), 1, "unexpected Markdown file: a course folder holds "
                            + "course.md, glossary.md, exam.quiz.md, their translations and NN-module folders"));
                } else {
                    addAsset(dir, entry, assets);
                }
            }
            if (!courseFiles.containsKey(Translations.DEFAULT)) {
                problems.add(Problem.error(rel(dir) + "/course.md", 1, "missing course.md (the course's title, "
                        + "summary and introduction)"));
                return Optional.empty();
            }
            checkModuleNumbers(modules);

            Map<String, String> targets = linkTargets(dir, courseSlug, modules, glossaryFiles, examFiles, assets);
            boolean hasExam = examFiles.containsKey(Translations.DEFAULT);
            examFiles.keySet().stream().filter(l -> !hasExam).forEach(l -> problems.add(Problem.error(
                    rel(examFiles.get(l)), 1, "translation of exam.quiz.md, but there is no exam.quiz.md")));

            // course.md
            Texts courseTexts = texts(courseFiles, COURSE_KEYS, true, targets, dir);
            Path courseFile = courseTexts.file();
            FrontMatter fm = courseTexts.fm();
            String level = optionalString(courseFile, fm, "level");
            double hours = positiveNumber(courseFile, fm, "hours");
            List<String> languages = stringList(courseFile, fm, "languages");
            for (String lang : languages) {
                if (!LOCALE.matcher(lang).matches()) {
                    problems.add(Problem.error(rel(courseFile), fm.lineOf("languages"),
                            "'" + lang + "' is not a language code (2-3 lowercase letters, e.g. en, fil)"));
                }
            }
            if (languages.isEmpty()) {
                languages = new ArrayList<>(courseFiles.keySet());
            }
            boolean sequential = bool(courseFile, fm, "sequential");
            Course.CertificateRule rule = certificateRule(courseFile, fm, hasExam);

            List<Module> builtModules = new ArrayList<>();
            for (ModuleScan ms : modules) {
                buildModule(dir, courseSlug, ms, targets).ifPresent(builtModules::add);
            }
            checkAliases(courseSlug, builtModules, modules);

            Optional<Translations<Page>> glossary = Optional.empty();
            if (glossaryFiles.containsKey(Translations.DEFAULT)) {
                glossary = Optional.of(texts(glossaryFiles, GLOSSARY_KEYS, false, targets, dir).translations());
            } else {
                glossaryFiles.values().forEach(p -> problems.add(Problem.error(rel(p), 1,
                        "translation of glossary.md, but there is no glossary.md")));
            }
            Optional<Quiz> exam = hasExam ? Optional.of(quiz(courseSlug + "/exam", examFiles, dir, targets))
                    : Optional.empty();
            return Optional.of(new Course(courseSlug, courseTexts.translations(), level, hours, languages,
                    sequential, rule, builtModules, glossary, exam, assets));
        }

        private Optional<ModuleScan> scanModule(Path courseDir, Path dir, int number, String slug,
                                                Map<String, Path> assets) {
            if (!SLUG.matcher(slug).matches()) {
                problems.add(Problem.error(rel(dir), 1, "module folder '" + dir.getFileName()
                        + "': the part after NN- must be a slug (lowercase letters, digits and '-')"));
                return Optional.empty();
            }
            if (RESERVED_MODULE_SLUGS.contains(slug)) {
                problems.add(Problem.error(rel(dir), 1, "module slug '" + slug + "' is reserved (it is used by "
                        + "the site's own addresses); choose another name"));
                return Optional.empty();
            }
            ModuleScan scan = new ModuleScan(dir, number, slug);
            for (Path entry : list(dir)) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    scanAssets(courseDir, entry, assets);
                    continue;
                }
                if (!name.endsWith(".md")) {
                    addAsset(courseDir, entry, assets);
                    continue;
                }
                Matcher named = NAMED_FILE.matcher(name);
                if (named.matches() && named.group(1).equals("module")) {
                    String locale = locale(entry, named.group(2));
                    if (locale != null) {
                        scan.files.put(locale, entry);
                    }
                    continue;
                }
                Matcher m = LESSON_FILE.matcher(name);
                if (!m.matches()) {
                    problems.add(Problem.error(rel(entry), 1, "unexpected Markdown file: lessons are named "
                            + "NN-slug.md (translations NN-slug.fil.md, quizzes NN-slug.quiz.md)"));
                    continue;
                }
                String lessonSlug = m.group(2);
                if (!SLUG.matcher(lessonSlug).matches()) {
                    problems.add(Problem.error(rel(entry), 1, "lesson file name: '" + lessonSlug
                            + "' is not a slug (lowercase letters, digits and '-')"));
                    continue;
                }
                String locale = locale(entry, m.group(4));
                if (locale == null) {
                    continue;
                }
                int lessonNumber = Integer.parseInt(m.group(1));
                LessonScan ls = scan.lessons.get(lessonSlug);
                if (ls == null) {
                    ls = new LessonScan(lessonNumber, lessonSlug);
                    scan.lessons.put(lessonSlug, ls);
                } else if (ls.number != lessonNumber) {
                    problems.add(Problem.error(rel(entry), 1, "lesson '" + lessonSlug + "' is numbered "
                            + String.format("%02d", ls.number) + " in another file; a lesson's files share one number"));
                    continue;
                }
                (m.group(3) != null ? ls.quizzes : ls.texts).put(locale, entry);
            }
            if (!scan.files.containsKey(Translations.DEFAULT)) {
                problems.add(Problem.error(rel(dir) + "/module.md", 1, "module folder without module.md "
                        + "(it gives the module's title)"));
                return Optional.empty();
            }
            return Optional.of(scan);
        }

        private void checkModuleNumbers(List<ModuleScan> modules) {
            modules.sort(Comparator.comparingInt((ModuleScan m) -> m.number).thenComparing(m -> m.slug));
            Map<Integer, ModuleScan> byNumber = new HashMap<>();
            Map<String, ModuleScan> bySlug = new HashMap<>();
            for (ModuleScan m : modules) {
                ModuleScan other = byNumber.putIfAbsent(m.number, m);
                if (other != null) {
                    problems.add(Problem.error(rel(m.dir), 1, "duplicate module number "
                            + String.format("%02d", m.number) + " (also " + other.dir.getFileName() + ")"));
                }
                other = bySlug.putIfAbsent(m.slug, m);
                if (other != null) {
                    problems.add(Problem.error(rel(m.dir), 1, "duplicate module slug '" + m.slug
                            + "' (also " + other.dir.getFileName() + ")"));
                }
            }
        }

        private Map<String, String> linkTargets(Path dir, String course, List<ModuleScan> modules,
                                                Map<String, Path> glossary, Map<String, Path> exam,
                                                Map<String, Path> assets) {
            Map<String, String> targets = new HashMap<>();
            String base = "/courses/" + course;
            list(dir).stream().filter(p -> NAMED_FILE.matcher(p.getFileName().toString()).matches()
                            && p.getFileName().toString().startsWith("course"))
                    .forEach(p -> targets.put(courseRel(dir, p), base));
            glossary.values().forEach(p -> targets.put(courseRel(dir, p), base + "/glossary"));
            exam.values().forEach(p -> targets.put(courseRel(dir, p), base + "/exam"));
            for (ModuleScan m : modules) {
                String modulePath = base + "/" + m.slug;
                m.files.values().forEach(p -> targets.put(courseRel(dir, p), modulePath));
                for (LessonScan l : m.lessons.values()) {
                    l.texts.values().forEach(p -> targets.put(courseRel(dir, p), modulePath + "/" + l.slug));
                    l.quizzes.values().forEach(p -> targets.put(courseRel(dir, p),
                            modulePath + "/" + l.slug + "/quiz"));
                }
            }
            assets.keySet().forEach(a -> targets.put(a, base + "/assets/" + encodePath(a)));
            return targets;
        }

        private Optional<Module> buildModule(Path courseDir, String course, ModuleScan ms,
                                             Map<String, String> targets) {
            Texts texts = texts(ms.files, MODULE_KEYS, true, targets, courseDir);
            Path file = texts.file();
            FrontMatter fm = texts.fm();
            List<String> aliases = stringList(file, fm, "aliases");
            for (String a : aliases) {
                if (!SLUG.matcher(a).matches()) {
                    problems.add(Problem.error(rel(file), fm.lineOf("aliases"),
                            "module alias '" + a + "' is not a slug (an old module slug, without its number)"));
                } else if (RESERVED_MODULE_SLUGS.contains(a)) {
                    problems.add(Problem.error(rel(file), fm.lineOf("aliases"), "module alias '" + a + "' is "
                            + "reserved: /courses/" + course + "/" + a + " is one of the site's own addresses, so "
                            + "it could never lead to this module"));
                }
            }

            List<LessonScan> scans = new ArrayList<>(ms.lessons.values());
            scans.sort(Comparator.comparingInt((LessonScan l) -> l.number).thenComparing(l -> l.slug));
            Map<Integer, LessonScan> byNumber = new HashMap<>();
            List<Lesson> lessons = new ArrayList<>();
            for (LessonScan ls : scans) {
                Path en = ls.texts.get(Translations.DEFAULT);
                if (en == null) {
                    ls.texts.values().forEach(p -> problems.add(Problem.error(rel(p), 1,
                            "translation without its English lesson " + String.format("%02d", ls.number)
                                    + "-" + ls.slug + ".md")));
                    ls.quizzes.values().forEach(p -> problems.add(Problem.error(rel(p), 1,
                            "quiz without its lesson " + String.format("%02d", ls.number) + "-" + ls.slug + ".md")));
                    continue;
                }
                LessonScan other = byNumber.putIfAbsent(ls.number, ls);
                if (other != null) {
                    problems.add(Problem.error(rel(en), 1, "duplicate lesson number " + String.format("%02d",
                            ls.number) + " in this module (also " + other.slug + ")"));
                }
                if (!ls.quizzes.isEmpty() && !ls.quizzes.containsKey(Translations.DEFAULT)) {
                    ls.quizzes.values().forEach(p -> problems.add(Problem.error(rel(p), 1,
                            "quiz translation without the English quiz " + String.format("%02d", ls.number)
                                    + "-" + ls.slug + ".quiz.md")));
                }
                lessons.add(buildLesson(courseDir, course, ms.slug, ls, targets));
            }
            if (lessons.isEmpty()) {
                problems.add(Problem.warning(rel(file), 1, "module has no lessons yet"));
            }
            return Optional.of(new Module(course, ms.slug, ms.number, texts.translations(), aliases, lessons));
        }

        private Lesson buildLesson(Path courseDir, String course, String module, LessonScan ls,
                                   Map<String, String> targets) {
            Texts texts = texts(ls.texts, LESSON_KEYS, true, targets, courseDir);
            Path file = texts.file();
            FrontMatter fm = texts.fm();
            int minutes = (int) positiveNumber(file, fm, "minutes");
            if (fm.get("minutes") instanceof Double) {
                problems.add(Problem.error(rel(file), fm.lineOf("minutes"), "'minutes' must be a whole number"));
            }
            List<String> aliases = new ArrayList<>();
            for (String a : stringList(file, fm, "aliases")) {
                String[] parts = a.split("/", -1);
                boolean ok = parts.length <= 2 && java.util.Arrays.stream(parts).allMatch(p -> SLUG.matcher(p).matches());
                if (!ok) {
                    problems.add(Problem.error(rel(file), fm.lineOf("aliases"), "lesson alias '" + a
                            + "' must be 'old-lesson' or 'old-module/old-lesson' (slugs, without numbers)"));
                    continue;
                }
                aliases.add(parts.length == 1 ? module + "/" + a : a);
            }
            Optional<Quiz> quiz = ls.quizzes.containsKey(Translations.DEFAULT)
                    ? Optional.of(quiz(course + "/" + module + "/" + ls.slug, ls.quizzes, courseDir, targets))
                    : Optional.empty();
            return new Lesson(course, module, ls.slug, ls.number, texts.translations(), minutes, aliases,
                    rel(file), quiz);
        }

        /** Parses every language file of one quiz and joins them (the English file must be among them). */
        private Quiz quiz(String id, Map<String, Path> files, Path courseDir, Map<String, String> targets) {
            Map<String, QuizParser.ParsedFile> parsed = new TreeMap<>();
            Map<String, String> names = new TreeMap<>();
            for (Map.Entry<String, Path> e : files.entrySet()) {
                Path file = e.getValue();
                String source = courseRel(courseDir, file);
                names.put(e.getKey(), rel(file));
                if (!e.getKey().equals(Translations.DEFAULT)) {
                    translationCount++;
                }
                parsed.put(e.getKey(), quizParser.parse(read(file), rel(file),
                        !e.getKey().equals(Translations.DEFAULT),
                        (dest, image, line) -> resolveLink(file, source, dest, image, line, targets), problems));
            }
            quizCount++;
            return QuizParser.combine(id, parsed, names, problems);
        }

        private void checkAliases(String course, List<Module> modules, List<ModuleScan> scans) {
            Set<String> moduleSlugs = new HashSet<>();
            Set<String> ids = new HashSet<>();
            modules.forEach(m -> {
                moduleSlugs.add(m.slug());
                m.lessons().forEach(l -> ids.add(l.module() + "/" + l.slug()));
            });
            Map<String, String> seenModuleAliases = new HashMap<>();
            Map<String, String> seenLessonAliases = new HashMap<>();
            for (Module m : modules) {
                String file = rel(scans.stream().filter(s -> s.slug.equals(m.slug())).findFirst().orElseThrow()
                        .files.get(Translations.DEFAULT));
                for (String a : m.aliases()) {
                    if (moduleSlugs.contains(a)) {
                        problems.add(Problem.error(file, 1, "module alias '" + a + "' is the slug of an "
                                + "existing module: an alias must be an old address that no longer exists"));
                    } else if (seenModuleAliases.putIfAbsent(a, m.slug()) != null) {
                        problems.add(Problem.error(file, 1, "module alias '" + a + "' is also claimed by module '"
                                + seenModuleAliases.get(a) + "'"));
                    }
                }
                for (Lesson l : m.lessons()) {
                    for (String a : l.aliases()) {
                        if (ids.contains(a)) {
                            problems.add(Problem.error(l.source(), 1, "lesson alias '" + a + "' is the identity "
                                    + "of an existing lesson: an alias must be an old address"));
                        } else if (seenLessonAliases.putIfAbsent(a, l.id()) != null) {
                            problems.add(Problem.error(l.source(), 1, "lesson alias '" + a
                                    + "' is also claimed by " + seenLessonAliases.get(a)));
                        }
                    }
                }
            }
        }

        // ---- files --------------------------------------------------------------------------------------------

        private Page page(Path file, FrontMatter fm, boolean titleRequired, Map<String, String> targets,
                          Path courseDir) {
            String title = optionalString(file, fm, "title");
            if (title.isEmpty() && titleRequired && fm.error().isEmpty()) {
                problems.add(Problem.error(rel(file), 1, "missing 'title' in the front matter"));
            }
            String summary = optionalString(file, fm, "summary");
            String source = courseRel(courseDir, file);
            Markdown.Result r = markdown.render(fm.body(), (dest, image, line) ->
                    resolveLink(file, source, dest, image, fm.bodyLine() + line - 1, targets));
            for (Markdown.Anchor a : r.headings()) {
                if (a.level() == 1) {
                    problems.add(Problem.warning(rel(file), fm.bodyLine() + a.bodyLine() - 1, "'# " + a.text()
                            + "': the page title comes from the front matter; start body headings at '##'"));
                }
            }
            String address = targets.get(source);
            if (address != null) {
                Set<String> ids = new HashSet<>();
                r.headings().forEach(a -> ids.add(a.id()));
                anchors.computeIfAbsent(address, k -> new HashMap<>()).put(localeOf(file), ids);
                if (address.endsWith("/glossary")) {
                    checkGlossaryTerms(file, fm, r.headings());
                }
            }
            return new Page(title, summary, r.html(), r.words(), r.headings());
        }

        /** A content file's English front matter and every language version of its text. */
        private record Texts(Path file, FrontMatter fm, Map<String, Page> pages) {
            Translations<Page> translations() {
                return new Translations<>(pages);
            }
        }

        /** Reads the English file of {@code files} (keys checked against {@code keys}) and its translations. */
        private Texts texts(Map<String, Path> files, Set<String> keys, boolean titleRequired,
                            Map<String, String> targets, Path courseDir) {
            Path file = files.get(Translations.DEFAULT);
            FrontMatter fm = frontMatter(file);
            checkKeys(file, fm, keys);
            Map<String, Page> pages = new LinkedHashMap<>();
            pages.put(Translations.DEFAULT, page(file, fm, titleRequired, targets, courseDir));
            translations(files, courseDir, targets, keys, pages);
            return new Texts(file, fm, pages);
        }

        /** Reads the translations in {@code files} (all but English) into {@code text}. */
        private void translations(Map<String, Path> files, Path courseDir, Map<String, String> targets,
                                  Set<String> baseKeys, Map<String, Page> text) {
            for (Map.Entry<String, Path> e : files.entrySet()) {
                if (e.getKey().equals(Translations.DEFAULT)) {
                    continue;
                }
                FrontMatter tfm = frontMatter(e.getValue());
                for (String key : tfm.keys()) {
                    if (!baseKeys.contains(key)) {
                        problems.add(Problem.error(rel(e.getValue()), tfm.lineOf(key), "unknown key '" + key
                                + "' for this kind of file"));
                    } else if (!TRANSLATABLE_KEYS.contains(key)) {
                        problems.add(Problem.error(rel(e.getValue()), tfm.lineOf(key), "'" + key
                                + "' is a setting: set it in the English file only (translations carry title and "
                                + "summary)"));
                    }
                }
                text.put(e.getKey(), page(e.getValue(), tfm, true, targets, courseDir));
                translationCount++;
            }
        }

        private Optional<String> resolveLink(Path file, String source, String dest, boolean image, int line,
                                             Map<String, String> targets) {
            if (dest.startsWith("#")) {
                String self = targets.get(source);
                if (self != null) {
                    anchorLinks.add(new AnchorLink(rel(file), line, dest, self, localeOf(file), dest.substring(1)));
                }
                return Optional.of(dest);
            }
            if (dest.isEmpty() || dest.startsWith("/") || hasScheme(dest)) {
                return Optional.of(dest);
            }
            int cut = indexOfAny(dest, '#', '?');
            String pathPart = cut < 0 ? dest : dest.substring(0, cut);
            String suffix = cut < 0 ? "" : dest.substring(cut);
            String decoded;
            try {
                decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = pathPart;
            }
            String parent = source.contains("/") ? source.substring(0, source.lastIndexOf('/')) : "";
            String resolved = normalize(parent.isEmpty() ? decoded : parent + "/" + decoded);
            String what = image ? "image" : "link";
            if (resolved == null) {
                problems.add(Problem.error(rel(file), line, what + " '" + dest + "' points outside the course folder"));
                return Optional.empty();
            }
            String target = targets.get(resolved);
            if (target == null) {
                Path courseDir = file.toAbsolutePath();
                for (int i = 0; i < source.split("/").length; i++) {
                    courseDir = courseDir.getParent();
                }
                boolean there = !resolved.isEmpty() && Files.isRegularFile(courseDir.resolve(resolved));
                problems.add(Problem.error(rel(file), line, (image ? "missing image" : "broken link") + ": '"
                        + dest + (there ? "' is there, but not published (see the line about that file)"
                        : "' does not exist")));
                return Optional.empty();
            }
            if (image && !target.contains("/assets/")) {
                problems.add(Problem.error(rel(file), line, "image '" + dest + "' is not an image file"));
                return Optional.empty();
            }
            int hash = suffix.indexOf('#');
            if (hash >= 0 && !image) {
                anchorLinks.add(new AnchorLink(rel(file), line, dest, target, localeOf(file),
                        suffix.substring(hash + 1)));
            }
            return Optional.of(target + suffix);
        }

        /** Two entries for one term: the second would be reachable only as #term-1, and readers see the term twice. */
        private void checkGlossaryTerms(Path file, FrontMatter fm, List<Markdown.Anchor> headings) {
            Map<String, Integer> seen = new HashMap<>();
            for (Markdown.Anchor a : headings) {
                if (a.level() != 2) {
                    continue;
                }
                int line = fm.bodyLine() + a.bodyLine() - 1;
                Integer first = seen.putIfAbsent(QuizParser.normalize(a.text()), line);
                if (first != null) {
                    problems.add(Problem.error(rel(file), line, "glossary term '" + a.text() + "' is already "
                            + "defined on line " + first + ": give each term one entry"));
                }
            }
        }

        /**
         * Each link's #fragment must name a heading of the page it leads to, in the version the reader gets: the
         * linking file's language when the page has it, else English. Pages without anchors of their own (quizzes,
         * assets) are not checked; nor is "#top", which browsers understand on any page.
         */
        private void checkAnchors() {
            for (AnchorLink link : anchorLinks) {
                Map<String, Set<String>> byLocale = anchors.get(link.address());
                String fragment = link.fragment();
                try {
                    fragment = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    // reported as written
                }
                if (byLocale == null || fragment.isEmpty() || fragment.equals("top")) {
                    continue;
                }
                boolean translated = byLocale.containsKey(link.locale()) && !link.locale().equals(Translations.DEFAULT);
                Set<String> ids = byLocale.getOrDefault(link.locale(), byLocale.get(Translations.DEFAULT));
                if (ids == null || ids.contains(fragment)) {
                    continue;
                }
                String page = link.dest().startsWith("#") ? "this page" : "the page it leads to";
                String known = ids.isEmpty() ? "it has no headings" : "its anchors: " + String.join(", ",
                        ids.stream().sorted().limit(10).toList()) + (ids.size() > 10 ? ", ..." : "");
                problems.add(Problem.error(link.file(), link.line(), "broken link: '" + link.dest() + "': no "
                        + "heading of " + page + (translated ? " (in its '" + link.locale() + "' version)" : "")
                        + " has the anchor '" + fragment + "' (" + known + ")"));
            }
        }

        private FrontMatter frontMatter(Path file) {
            FrontMatter fm = FrontMatter.parse(read(file));
            fm.error().ifPresent(e -> problems.add(Problem.error(rel(file), e.line(), e.message())));
            return fm;
        }

        private void checkKeys(Path file, FrontMatter fm, Set<String> allowed) {
            for (String key : fm.keys()) {
                if (!allowed.contains(key)) {
                    problems.add(Problem.error(rel(file), fm.lineOf(key), "unknown key '" + key + "' (allowed: "
                            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")"));
                }
            }
        }

        private String optionalString(Path file, FrontMatter fm, String key) {
            Object v = fm.get(key);
            if (v == null) {
                return "";
            }
            if (v instanceof String s) {
                return s.strip();
            }
            if (v instanceof Number || v instanceof Boolean) {
                return String.valueOf(v);
            }
            problems.add(Problem.error(rel(file), fm.lineOf(key), "'" + key + "' must be text"));
            return "";
        }

        private double positiveNumber(Path file, FrontMatter fm, String key) {
            Object v = fm.get(key);
            if (v == null) {
                return 0;
            }
            if (v instanceof Number n && n.doubleValue() > 0) {
                return n.doubleValue();
            }
            problems.add(Problem.error(rel(file), fm.lineOf(key), "'" + key + "' must be a positive number"));
            return 0;
        }

        private boolean bool(Path file, FrontMatter fm, String key) {
            Object v = fm.get(key);
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            problems.add(Problem.error(rel(file), fm.lineOf(key), "'" + key + "' must be true or false"));
            return false;
        }

        private List<String> stringList(Path file, FrontMatter fm, String key) {
            Object v = fm.get(key);
            if (v == null) {
                return List.of();
            }
            if (v instanceof List<?> list && list.stream().allMatch(o -> o instanceof String)) {
                return list.stream().map(o -> ((String) o).strip()).toList();
            }
            problems.add(Problem.error(rel(file), fm.lineOf(key), "'" + key + "' must be a list of words, "
                    + "e.g. [a, b]"));
            return List.of();
        }

        private Course.CertificateRule certificateRule(Path file, FrontMatter fm, boolean hasExam) {
            List<String> defaultRequires = hasExam ? List.of("lessons", "exam") : List.of("lessons");
            Object v = fm.get("certificate");
            if (v == null) {
                return new Course.CertificateRule(defaultRequires, 0);
            }
            int line = fm.lineOf("certificate");
            if (!(v instanceof Map<?, ?> map)) {
                problems.add(Problem.error(rel(file), line, "'certificate' must be a map with 'requires' and "
                        + "optionally 'valid_months'"));
                return new Course.CertificateRule(defaultRequires, 0);
            }
            List<String> requires = defaultRequires;
            int validMonths = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = String.valueOf(e.getKey());
                switch (k) {
                    case "requires" -> {
                        if (e.getValue() instanceof List<?> list && !list.isEmpty()
                                && list.stream().allMatch(o -> "lessons".equals(o) || "exam".equals(o))) {
                            requires = list.stream().map(String::valueOf).distinct().toList();
                        } else {
                            problems.add(Problem.error(rel(file), line, "'certificate.requires' must list "
                                    + "'lessons' and/or 'exam'"));
                        }
                    }
                    case "valid_months" -> {
                        if (e.getValue() instanceof Integer i && i > 0) {
                            validMonths = i;
                        } else {
                            problems.add(Problem.error(rel(file), line, "'certificate.valid_months' must be a "
                                    + "positive whole number"));
                        }
                    }
                    default -> problems.add(Problem.error(rel(file), line, "unknown key 'certificate." + k
                            + "' (allowed: requires, valid_months)"));
                }
            }
            if (requires.contains("exam") && !hasExam) {
                problems.add(Problem.error(rel(file), line, "'certificate.requires' lists 'exam' but the course has "
                        + "no exam.quiz.md"));
            }
            return new Course.CertificateRule(requires, validMonths);
        }

        // ---- assets and paths ------------------------------------------------------------------------------

        private void scanAssets(Path courseDir, Path folder, Map<String, Path> assets) {
            if (Files.isSymbolicLink(folder)) {
                linkedFolder(folder);
                return;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> !p.equals(folder)).filter(p -> !hidden(folder, p)).forEach(p -> {
                    if (Files.isDirectory(p)) {
                        if (Files.isSymbolicLink(p)) {
                            linkedFolder(p);
                        }
                        return;
                    }
                    if (p.getFileName().toString().endsWith(".md")) {
                        problems.add(Problem.error(rel(p), 1, "unexpected Markdown file in an asset folder "
                                + "(lessons live directly in NN-module folders)"));
                        return;
                    }
                    addAsset(courseDir, p, assets);
                });
            } catch (IOException e) {
                problems.add(Problem.error(rel(folder), 1, "cannot read folder: " + e.getMessage()));
            }
        }

        private void linkedFolder(Path folder) {
            problems.add(Problem.warning(rel(folder), 1, "not served: a link to a folder; its files are not "
                    + "published (copy the folder instead)"));
        }

        /**
         * Publishes a file when it is a regular file of a published type whose real path (links followed) stays in
         * the course folder, and the real file is of a published type too: a link named {@code notes.txt} that
         * points at {@code course.md} must not serve the Markdown raw.
         */
        private void addAsset(Path dir, Path file, Map<String, Path> assets) {
            if (AssetTypes.of(file.getFileName().toString()).isEmpty()) {
                problems.add(Problem.warning(rel(file), 1, "not served: only images, audio, video, PDF, text and "
                        + "subtitle files are published (is this a draft or an editor's backup?)"));
                return;
            }
            try {
                Path realDir = dir.toRealPath();
                Path real = file.toRealPath();
                if (!real.startsWith(realDir) || !Files.isRegularFile(real)) {
                    problems.add(Problem.warning(rel(file), 1, "not served: it links to a file outside the course"));
                    return;
                }
                String realRel = courseRel(realDir, real);
                if (!realRel.equals(courseRel(dir, file))) {
                    // a symbolic link, or a file in a linked folder
                    if (AssetTypes.of(real.getFileName().toString()).isEmpty()) {
                        problems.add(Problem.warning(rel(file), 1, "not served: it is a link to '" + realRel + "', "
                                + "a kind of file that is never published"));
                        return;
                    }
                    problems.add(Problem.warning(rel(file), 1, "a link to '" + realRel + "': served, but a link "
                            + "may not survive a copy of the course (a zip file, a Windows computer): copy the "
                            + "file instead"));
                }
                assets.put(courseRel(dir, file), real);
            } catch (IOException e) {
                problems.add(Problem.warning(rel(file), 1, "not served: " + e.getMessage()));
            }
        }

        private String locale(Path file, String code) {
            if (code == null) {
                return Translations.DEFAULT;
            }
            if (code.equals(Translations.DEFAULT)) {
                problems.add(Problem.error(rel(file), 1, "English is the file without a language part: rename "
                        + "it without '.en'"));
                return null;
            }
            if (!LOCALE.matcher(code).matches()) {
                problems.add(Problem.error(rel(file), 1, "'" + code + "' is not a language code (2-3 lowercase "
                        + "letters, e.g. fil)"));
                return null;
            }
            return code;
        }

        private String rel(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : p.toString();
        }

        private String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                problems.add(Problem.error(rel(file), 1, "not UTF-8 text: save the file as UTF-8"));
                return "";
            } catch (IOException e) {
                problems.add(Problem.error(rel(file), 1, "cannot read: " + e.getMessage()));
                return "";
            }
        }
    }

    /** A link with a #fragment: written in {@code file} (a {@code locale} file), leading to page {@code address}. */
    private record AnchorLink(String file, int line, String dest, String address, String locale, String fragment) {
    }

    // ---- small pure helpers ---------------------------------------------------------------------------------

    /** The language of a content file from its name: {@code x.fil.md} and {@code x.quiz.fil.md} are Filipino. */
    static String localeOf(Path file) {
        String[] parts = file.getFileName().toString().split("\\.");
        if (parts.length >= 3 && LOCALE.matcher(parts[parts.length - 2]).matches()
                && !parts[parts.length - 2].equals("quiz")) {
            return parts[parts.length - 2];
        }
        return Translations.DEFAULT;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hidden(Path base, Path p) {
        for (Path part : base.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String courseRel(Path courseDir, Path file) {
        return courseDir.relativize(file).toString().replace('\\', '/');
    }

    /** Resolves '.' and '..' in a '/'-separated path; null when it climbs above its start. */
    static String normalize(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
            } else {
                out.add(part);
            }
        }
        return String.join("/", out);
    }

    static String encodePath(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", parts);
    }

    private static boolean hasScheme(String dest) {
        return dest.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

}
