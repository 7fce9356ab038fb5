package org.sanayan;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** Lets tests in other packages run the command line. */
public final class MainAccess {
    private MainAccess() {
    }

    public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        return Main.run(args, env, in, out, err);
    }
}
