package org.sanayan.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email addresses: the key that makes them unique whatever their case, and the check of what we accept. Only plain
 * ASCII addresses are accepted (a dot-atom local part and a host name): mail libraries write recipients byte by
 * byte, so other characters could smuggle SMTP commands, and a look-alike letter could stand for another address.
 */
public final class Emails {

    private static final Pattern ACCEPTED = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

    private Emails() {
    }

    public static String key(String email) {
        return Normalizer.normalize(email == null ? "" : email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** An address we accept: ASCII only, at most 254 characters, 64 before the {@code @}. */
    public static boolean plausible(String email) {
        if (email == null) {
            return false;
        }
        String e = email.strip();
        return e.length() <= 254 && e.indexOf('@') <= 64 && ACCEPTED.matcher(e).matches();
    }
}
