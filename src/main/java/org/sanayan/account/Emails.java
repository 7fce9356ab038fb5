package org.sanayan.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses: the key that makes them unique whatever their case, and a plausibility check. */
public final class Emails {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private Emails() {
    }

    public static String key(String email) {
        return Normalizer.normalize(email == null ? "" : email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public static boolean plausible(String email) {
        return email != null && email.length() <= 254 && email.chars().noneMatch(Character::isISOControl)
                && PLAUSIBLE.matcher(email.strip()).matches();
    }
}
