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

/** The command line: {@code serve} (the default) and {@code validate [folder]}. */
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
        Config config;
        try {
            config = Config.fromEnvironment(env);
        } catch (Config.InvalidConfig e) {
            err.println("configuration error: " + e.getMessage());
            return 2;
        }
        try (Database db = Database.open(config.databaseFile())) {
            var users = new org.sanayan.account.UserRepository(db);
            var now = java.time.Instant.now();
            var existing = users.findByEmail(email);
            if (existing.isPresent()) {
                users.grant(existing.get().id(), org.sanayan.account.Role.ADMIN, now);
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

    static int serve(Map<String, String> env, PrintStream err) {
        Config config;
        try {
            config = Config.fromEnvironment(env);
        } catch (Config.InvalidConfig e) {
            err.println("configuration error: " + e.getMessage());
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
