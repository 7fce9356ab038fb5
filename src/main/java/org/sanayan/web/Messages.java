package org.sanayan.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings of one language (bundles {@code i18n/messages_en} and {@code i18n/messages_fil}). */
public final class Messages {

    public static final String ENGLISH = "en";
    public static final String FILIPINO = "fil";

    private static final Map<String, Messages> ALL = Map.of(
            ENGLISH, new Messages(ENGLISH), FILIPINO, new Messages(FILIPINO));

    private final String lang;
    private final ResourceBundle bundle;
    private final Locale locale;
    /** Parsed patterns: parsing a MessageFormat costs more than formatting with a copy of a parsed one. */
    private final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> formats =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(String lang) {
        return ALL.getOrDefault(lang, ALL.get(ENGLISH));
    }

    public static boolean supported(String lang) {
        return ALL.containsKey(lang);
    }

    public String lang() {
        return lang;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {0}, {1}... filled from {@code args} (MessageFormat rules). */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /** The text for {@code key} when it exists, else {@code fallback} (for values such as a course's level). */
    public String tOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
