package org.sanayan.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for reading forms and turning error keys into messages. */
public final class Forms {

    private Forms() {
    }

    /**
     * {@code ?next=} with {@code next} encoded for a query string: where the log-in and sign-up pages send the
     * learner afterwards (read back with {@link #safeNext}).
     */
    public static String nextQuery(String next) {
        return "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A form field, trimmed of nothing (passwords keep their spaces), never null, at most {@code max} chars. */
    public static String field(Context ctx, String name, int max) {
        String v = ctx.formParam(name);
        if (v == null) {
            return "";
        }
        return v.codePointCount(0, v.length()) > max ? v.substring(0, v.offsetByCodePoints(0, max)) : v;
    }

    public static boolean checked(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v != null && !v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("off");
    }

    /** The messages, in the reader's language, for field → message-key pairs. */
    public static Map<String, String> messages(Messages t, Map<String, String> errorKeys) {
        Map<String, String> out = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> out.put(field, t.t(key)));
        return out;
    }

    /** A local path to return to after login; anything else (another site, //host) becomes /me. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.length() > 500 || next.chars().anyMatch(ch -> ch < 0x21 || ch > 0x7e)) {
            return "/me";
        }
        return next;
    }
}
