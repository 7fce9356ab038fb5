package org.sanayan.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Locale;

/**
 * Which language a reader sees: {@code ?lang=} (remembered in a cookie), else the cookie, else the browser's
 * Accept-Language, else English.
 */
public final class Lang {

    public static final String COOKIE = "lang";
    private static final String ATTRIBUTE = "sanayan.lang";

    private Lang() {
    }

    /** Reads the language for this request and remembers a {@code ?lang=} choice. Call once per request. */
    public static String resolve(Context ctx) {
        String chosen = ctx.queryParam("lang");
        String lang;
        if (chosen != null && Messages.supported(chosen)) {
            lang = chosen;
            Cookie cookie = new Cookie(COOKIE, chosen, "/", 60 * 60 * 24 * 365, false, true, null,
                    SameSite.LAX);
            ctx.cookie(cookie);
        } else if (ctx.cookie(COOKIE) != null && Messages.supported(ctx.cookie(COOKIE))) {
            lang = ctx.cookie(COOKIE);
        } else {
            lang = fromAcceptLanguage(ctx.header("Accept-Language"));
        }
        ctx.attribute(ATTRIBUTE, lang);
        return lang;
    }

    public static String of(Context ctx) {
        String lang = ctx.attribute(ATTRIBUTE);
        return lang != null ? lang : resolve(ctx);
    }

    /** The supported language the header prefers most ({@code tl} counts as Filipino); English when none. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Messages.ENGLISH;
        }
        String best = Messages.ENGLISH;
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.strip().split(";");
            if (pieces.length == 0 || pieces[0].isBlank()) {
                continue; // an empty entry (";", "en,,fil"): ignore it, never fail
            }
            String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
            String[] subtags = tag.split("-");
            if (subtags.length == 0) {
                continue;
            }
            String primary = subtags[0];
            if (primary.equals("tl")) {
                primary = Messages.FILIPINO;
            }
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (Messages.supported(primary) && q > bestQ && q > 0) {
                best = primary;
                bestQ = q;
            }
        }
        return best;
    }
}
