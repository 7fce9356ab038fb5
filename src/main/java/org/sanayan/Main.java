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
              help, --help        show this text
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns its exit code, or -1 when the server was started and keeps running. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
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

    static int serve(Map<String, String> env, PrintStream err) {
        Config config;
        try {
            config = Config.fromEnvironment(env);
        } catch (Config.InvalidConfig e) {
            err.println("configuration error: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        ContentStore.Loaded loaded = ContentStore.open(config.contentDir());
        if (loaded.result().hasErrors()) {
            loaded.result().problems().forEach(p -> err.println(p.format(config.contentDir().toString())));
            err.println("not starting: the content in " + config.contentDir() + " has errors (run 'validate')");
            return 1;
        }
        loaded.result().problems().forEach(p -> err.println(p.format(config.contentDir().toString())));
        Database db;
        try {
            db = Database.open(config.databaseFile());
        } catch (DatabaseException e) {
            err.println("database error: " + e.getMessage());
            return 1;
        }
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
