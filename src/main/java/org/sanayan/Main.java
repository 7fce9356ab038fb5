package org.sanayan;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sanayan.content.ContentLoader;
import org.sanayan.content.ContentStore;
import org.sanayan.content.Problem;
import org.sanayan.db.Database;
import org.sanayan.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code serve} (the default), {@code validate [folder]}, {@code create-admin}, and
 * {@code import-gift} / {@code export-gift} to move questions between Moodle's GIFT format and our quizzes.
 */
public final class Main {

    static final String USAGE = """
            Usage: java -jar sanayan.jar [command] [arguments]

            Commands:
              serve               start the web server (the default); settings come from environment
                                  variables, see README.md
              validate [folder]   check a content folder (default: course-content) and print one line per
                                  problem as path:line: error|warning: message; exit 1 when there is an error
              create-admin --email E --name N
                                  create an admin account, or make an existing account an admin; the
                                  password of a new account is read from standard input (one line)
              import-gift FILE [--out QUIZ] [--lang en|fil]
                                  convert Moodle GIFT questions to a quiz (.quiz.md), written to QUIZ or
                                  printed; one line per question not converted or changed, on stderr;
                                  --lang names true/false choices (default en); exit 1 when nothing
                                  converts, 2 when FILE is not GIFT
              export-gift QUIZ [--out FILE]
                                  write a quiz (.quiz.md) as Moodle GIFT, to FILE or printed; what GIFT
                                  cannot hold (ordering questions) is reported on stderr
              help, --help        show this text
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.in, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns its exit code, or -1 when the server was started and keeps running. */
    static int run(String[] args, Map<String, String> env, java.io.InputStream in, PrintStream out,
                   PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                return 0;
            }
            case "validate" -> {
                if (rest.size() > 1 || (rest.size() == 1 && rest.get(0).startsWith("-"))) {
                    err.println("validate takes one folder, e.g.: java -jar sanayan.jar validate course-content");
                    return 2;
                }
                return validate(rest.isEmpty() ? "course-content" : rest.get(0), out);
            }
            case "create-admin" -> {
                return createAdmin(rest, env, in, out, err);
            }
            case "import-gift" -> {
                return importGift(rest, out, err);
            }
            case "export-gift" -> {
                return exportGift(rest, out, err);
            }
            case "serve" -> {
                if (!rest.isEmpty()) {
                    err.println("serve takes no arguments; set PORT, SANAYAN_DATA, ... instead (see README.md)");
                    return 2;
                }
                return serve(env, err);
            }
            default -> {
                err.println("unknown command '" + command + "'");
                err.print(USAGE);
                return 2;
            }
        }
    }

    static int validate(String folder, PrintStream out) {
        ContentLoader.Result result = new ContentLoader().load(Path.of(folder));
        result.problems().forEach(p -> out.println(p.format(folder)));
        var s = result.stats();
        String counts = s.courses() + " course(s), " + s.modules() + " module(s), " + s.lessons() + " lesson(s), "
                + s.translations() + " translation(s), " + s.quizzes() + " quiz(zes)";
        if (result.hasErrors()) {
            out.println("FAILED: " + result.errorCount() + " error(s), " + result.warningCount() + " warning(s) in "
                    + counts);
            return 1;
        }
        out.println("OK: " + counts + ", " + result.warningCount() + " warning(s)");
        return 0;
    }

    static final String IMPORT_GIFT_USAGE =
            "usage: java -jar sanayan.jar import-gift questions.gift [--out file.quiz.md] [--lang en|fil]";
    static final String EXPORT_GIFT_USAGE = "usage: java -jar sanayan.jar export-gift file.quiz.md [--out file.gift]";

    static int importGift(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> opts = options("import-gift", args, java.util.Set.of("--out", "--lang"),
                IMPORT_GIFT_USAGE, err);
        if (opts == null) {
            return 2;
        }
        String lang = opts.getOrDefault("--lang", "en");
        if (!lang.equals("en") && !lang.equals("fil")) {
            err.println("import-gift: --lang is en or fil, not '" + lang + "'");
            return 2;
        }
        String file = opts.get("");
        String text = readText("import-gift", file, err);
        if (text == null) {
            return 2;
        }
        // a NUL byte means a binary file, whatever braces it happens to hold
        org.sanayan.quiz.GiftImport.Result result = text.indexOf('\0') >= 0 ? null
                : org.sanayan.quiz.GiftImport.convert(text, lang);
        if (result == null || !result.isGift()) {
            // one line, not one per block of braces: a JSON or Java file would give dozens
            err.println(file + ": not a GIFT file: no question with its answers in braces, like "
                    + "'Who is buried in Grant's tomb? {=no one ~Grant}'" + (result == null ? ""
                    : result.nearMiss().map(m -> "; line " + m.line() + " comes closest, but " + m.message())
                    .orElse("")));
            return 2;
        }
        result.reports().forEach(r -> err.println(file + ":" + r.line() + ": " + r.message()));
        if (result.questions().isEmpty()) {
            err.println("import-gift: nothing converted: no question of " + file + " fits a Sanayan quiz");
            return 1;
        }
        String target = opts.get("--out");
        if (!write("import-gift", result.markdown(), target, out, err)) {
            return 2;
        }
        err.println("import-gift: " + result.questions().size() + " question(s) converted (" + result.changed()
                + " with changes), " + result.notConverted() + " not converted"
                + (target == null ? "" : ", written to " + target));
        return 0;
    }

    static int exportGift(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> opts = options("export-gift", args, java.util.Set.of("--out"), EXPORT_GIFT_USAGE, err);
        if (opts == null) {
            return 2;
        }
        String file = opts.get("");
        String text = readText("export-gift", file, err);
        if (text == null) {
            return 2;
        }
        String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        boolean translation = name.matches(".*\\.quiz\\.[a-z]{2,3}\\.md");
        org.sanayan.quiz.GiftExport.Result result = org.sanayan.quiz.GiftExport.export(text, file, translation);
        result.problems().forEach(p -> err.println(p.format("")));
        if (result.hasErrors()) {
            err.println("export-gift: " + file + " has errors: fix them first (validate checks whole courses)");
            return 1;
        }
        result.reports().forEach(r -> err.println(file + ":" + r.line() + ": " + r.message()));
        if (result.exported() == 0) {
            err.println("export-gift: nothing exported: no question of " + file + " has a GIFT equivalent");
            return 1;
        }
        String target = opts.get("--out");
        if (!write("export-gift", result.gift(), target, out, err)) {
            return 2;
        }
        long skipped = result.reports().stream().filter(r -> r.message().startsWith("not exported")).count();
        err.println("export-gift: " + result.exported() + " question(s) exported, " + skipped + " not exported"
                + (target == null ? "" : ", written to " + target));
        return 0;
    }

    /**
     * One file argument and {@code --name value} options among {@code names}; the file is under the key "".
     * Null, after a message, when the arguments are wrong.
     */
    private static Map<String, String> options(String command, List<String> args, java.util.Set<String> names,
                                               String usage, PrintStream err) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String problem = null;
            if (a.startsWith("-") && a.length() > 1) {
                if (!names.contains(a)) {
                    problem = "unknown option '" + a + "'";
                } else if (i + 1 >= args.size()) {
                    problem = a + " needs a value";
                } else if (opts.containsKey(a)) {
                    problem = a + " is given twice";
                } else {
                    opts.put(a, args.get(++i));
                }
            } else if (opts.containsKey("")) {
                problem = "unexpected argument '" + a + "' (one file at a time)";
            } else {
                opts.put("", a);
            }
            if (problem != null) {
                err.println(command + ": " + problem);
                err.println(usage);
                return null;
            }
        }
        if (!opts.containsKey("")) {
            err.println(command + ": which file? " + usage);
            return null;
        }
        return opts;
    }

    /** The file as UTF-8 text; null, after a message, when it cannot be read or is not UTF-8. */
    private static String readText(String command, String file, PrintStream err) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(Path.of(file));
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println(command + ": " + file + " is not UTF-8 text (save it as UTF-8 and try again)");
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(command + ": cannot read " + file + ": no such file");
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            err.println(command + ": cannot read " + file + ": " + e.getMessage());
        }
        return null;
    }

    private static boolean write(String command, String text, String target, PrintStream out, PrintStream err) {
        if (target == null) {
            out.print(text);
            out.flush();
            return true;
        }
        try {
            java.nio.file.Files.writeString(Path.of(target), text);
            return true;
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            err.println(command + ": cannot write " + target + ": " + e.getMessage());
            return false;
        }
    }

    static int createAdmin(List<String> args, Map<String, String> env, java.io.InputStream in, PrintStream out,
                           PrintStream err) {
        String email = null;
        String name = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--email") || a.equals("--name")) && i + 1 < args.size()) {
                if (a.equals("--email")) {
                    email = args.get(++i);
                } else {
                    name = args.get(++i);
                }
            } else {
                err.println("create-admin: unexpected argument '" + a + "'");
                err.println("usage: java -jar sanayan.jar create-admin --email E --name N  (password on standard input)");
                return 2;
            }
        }
        if (email == null || name == null || name.isBlank()) {
            err.println("usage: java -jar sanayan.jar create-admin --email E --name N  (password on standard input)");
            return 2;
        }
        if (!org.sanayan.account.Emails.plausible(email)) {
            err.println("create-admin: '" + email + "' is not an email address");
            return 2;
        }
        Config config = config(env, err);
        if (config == null) {
            return 2;
        }
        try (Database db = Database.open(config.databaseFile())) {
            var users = new org.sanayan.account.UserRepository(db);
            var now = java.time.Instant.now();
            var existing = users.findByEmail(email);
            if (existing.isPresent()) {
                users.grant(existing.get().id(), org.sanayan.account.Role.ADMIN, now);
                if (!existing.get().active()) {
                    // an admin who cannot log in helps nobody: whoever runs this on the server means it to work
                    users.setActive(existing.get().id(), true);
                    out.println("create-admin: " + existing.get().email() + " was deactivated; it is active again");
                }
                out.println("create-admin: " + existing.get().email() + " is now an admin");
                return 0;
            }
            String password;
            try {
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                        java.nio.charset.StandardCharsets.UTF_8));
                password = reader.readLine();
            } catch (java.io.IOException e) {
                password = null;
            }
            if (password == null) {
                err.println("create-admin: give the new account's password on standard input");
                return 2;
            }
            var passwords = new org.sanayan.account.Passwords(config.bcryptCost(),
                    new org.sanayan.account.CommonPasswords());
            var problem = passwords.problem(password);
            if (problem.isPresent()) {
                err.println("create-admin: " + org.sanayan.web.Messages.of("en").t(problem.get()));
                return 2;
            }
            long id = users.create(email, name, passwords.hash(password), "en", now).orElseThrow();
            users.markVerified(id, now);
            users.grant(id, org.sanayan.account.Role.ADMIN, now);
            out.println("create-admin: created the admin account " + email.strip());
            return 0;
        } catch (DatabaseException e) {
            err.println("database error: " + e.getMessage());
            return 1;
        }
    }

    /** The settings, or null after printing what is wrong with them. */
    private static Config config(Map<String, String> env, PrintStream err) {
        try {
            return Config.fromEnvironment(env);
        } catch (Config.InvalidConfig e) {
            err.println("configuration error: " + e.getMessage());
            return null;
        }
    }

    static int serve(Map<String, String> env, PrintStream err) {
        Config config = config(env, err);
        if (config == null) {
            return 2;
        }
        long started = System.nanoTime();
        // The database opens (and migrates) on another core while the content loads: start-up is the longer of the two.
        java.util.concurrent.CompletableFuture<Database> opening =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> Database.open(config.databaseFile()));
        ContentStore.Loaded loaded = ContentStore.open(config.contentDir());
        Database db;
        try {
            db = opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            err.println("database error: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
            return 1;
        }
        if (loaded.result().hasErrors()) {
            loaded.result().problems().forEach(p -> err.println(p.format(config.contentDir().toString())));
            err.println("not starting: the content in " + config.contentDir() + " has errors (run 'validate')");
            db.close();
            return 1;
        }
        loaded.result().problems().forEach(p -> err.println(p.format(config.contentDir().toString())));
        ContentStore content = loaded.store();
        if (config.dev()) {
            content.watch(1000);
        }
        Javalin app = App.create(config, content, db);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            content.close();
            db.close();
        }));
        app.start();
        Logger log = LoggerFactory.getLogger(Main.class);
        log.info("Sanayan is serving {} course(s) at http://localhost:{} (public address {}) in {} ms; data in {}",
                loaded.result().stats().courses(), app.port(), config.baseUrl(),
                (System.nanoTime() - started) / 1_000_000, config.dataDir().toAbsolutePath());
        return -1;
    }
}
