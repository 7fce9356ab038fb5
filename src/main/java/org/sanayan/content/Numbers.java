package org.sanayan.content;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as learners and instructors write them: {@code 7.5}, {@code 7,5} and {@code 0,125} (decimal comma),
 * {@code 2,000} (a thousands comma: after a non-zero integer part, followed by exactly three digits), a trailing
 * {@code %} ignored.
 */
public final class Numbers {

    private static final Pattern THOUSANDS = Pattern.compile("([+-]?)(\\d+)((?:,\\d{3})+)(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("([+-]?\\d*),(\\d+)");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

    private Numbers() {
    }

    public static Optional<BigDecimal> parse(String text) {
        String s = text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = THOUSANDS.matcher(s);
        if (m.matches() && new BigDecimal(m.group(2)).signum() != 0) {
            String digits = m.group(1) + m.group(2) + m.group(3).replace(",", "")
                    + (m.group(4) == null ? "" : m.group(4));
            return Optional.of(new BigDecimal(digits));
        }
        m = DECIMAL_COMMA.matcher(s);
        if (m.matches()) {
            String whole = m.group(1);
            if (whole.isEmpty() || whole.equals("+") || whole.equals("-")) {
                whole = whole + "0";
            }
            return Optional.of(new BigDecimal(whole + "." + m.group(2)));
        }
        if (PLAIN.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
        }
        return Optional.empty();
    }
}
