package org.sanayan.account;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's name as it appears on pages, in mails and on certificates. Any script is welcome; what is refused is
 * what would let a name carry something else into our mails: line breaks, control and invisible formatting
 * characters (such as right-to-left overrides), and web addresses.
 */
public final class Names {

    public static final int MAX = 100;

    private Names() {
    }

    /** The message key of what is wrong with {@code name} (already stripped), or empty when it is fine. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("signup.name.required");
        }
        if (name.length() > MAX) {
            return Optional.of("signup.name.tooLong");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean hidden = name.codePoints().anyMatch(cp -> switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        });
        if (hidden || lower.contains("://") || lower.contains("www.")) {
            return Optional.of("signup.name.invalid");
        }
        return Optional.empty();
    }
}
