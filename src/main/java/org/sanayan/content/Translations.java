package org.sanayan.content;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The language versions of one text. English ({@code en}) is always present; others may be missing. */
public record Translations<T>(Map<String, T> byLocale) {

    public static final String DEFAULT = "en";

    public Translations {
        if (!byLocale.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("an English version is required");
        }
        byLocale = Map.copyOf(byLocale);
    }

    public static <T> Translations<T> of(T english) {
        return new Translations<>(Map.of(DEFAULT, english));
    }

    /** The version in {@code locale}, or the English one when there is no translation. */
    public T in(String locale) {
        T t = byLocale.get(locale);
        return t != null ? t : byLocale.get(DEFAULT);
    }

    public T english() {
        return byLocale.get(DEFAULT);
    }

    public boolean has(String locale) {
        return byLocale.containsKey(locale);
    }

    public Set<String> locales() {
        return new TreeMap<>(byLocale).keySet();
    }
}
