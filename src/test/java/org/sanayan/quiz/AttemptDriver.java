package org.sanayan.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanayan.Web;

/** Reads an attempt page like a learner would (by the words shown) and fills in its form. */
final class AttemptDriver {

    private final Web web;
    private final String path;
    private final String html;
    private final List<String> fields = new ArrayList<>();

    AttemptDriver(Web web, String path) {
        this.web = web;
        this.path = path;
        Web.Page page = web.get(path);
        if (page.status() != 200) {
            throw new AssertionError(path + " -> " + page.status());
        }
        this.html = page.body();
    }

    String html() {
        return html;
    }

    /** The form field of the question whose title contains {@code words}. */
    String field(String words) {
        int at = html.indexOf(words);
        if (at < 0) {
            throw new AssertionError("no question '" + words + "' on the page");
        }
        int fs = html.lastIndexOf("<fieldset class=\"question\" id=\"", at);
        int start = fs + "<fieldset class=\"question\" id=\"".length();
        return html.substring(start, html.indexOf('"', start));
    }

    AttemptDriver choose(String question, String... labels) {
        String f = field(question);
        for (String label : labels) {
            Matcher m = Pattern.compile("id=\"" + f + "-([0-9a-f]+)\" name=\"" + f + "\" value=\"([0-9a-f]+)\"><label for=\""
                    + f + "-[0-9a-f]+\">" + Pattern.quote(label) + "</label>").matcher(html);
            if (!m.find()) {
                throw new AssertionError("no choice '" + label + "' in " + f);
            }
            add(f, m.group(2));
        }
        return this;
    }

    AttemptDriver type(String question, String text) {
        add(field(question), text);
        return this;
    }

    /** For ordering: {@code label} at position {@code value}; for matching: {@code label} matched to {@code value}. */
    AttemptDriver pick(String question, String label, String value) {
        String f = field(question);
        Matcher m = Pattern.compile("<label for=\"(" + f + "-[0-9a-f]+)\">" + Pattern.quote(label)
                + "</label>\\s*<select id=\"\\1\" name=\"([^\"]+)\">(.*?)</select>", Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            throw new AssertionError("no item '" + label + "' in " + f);
        }
        Matcher o = Pattern.compile("<option value=\"([^\"]*)\">" + Pattern.quote(value) + "</option>").matcher(m.group(3));
        if (!o.find()) {
            throw new AssertionError("no option '" + value + "' for " + label);
        }
        add(m.group(2), o.group(1));
        return this;
    }

    void add(String name, String value) {
        fields.add(name);
        fields.add(value);
    }

    /** Every question of {@link QuizFixture} answered right (skipping those not shown). */
    AttemptDriver allRight() {
        if (html.contains("Pick the fruit.")) {
            choose("Pick the fruit.", "Banana");
        }
        if (html.contains("Tick the colours.")) {
            choose("Tick the colours.", "Red", "Blue");
        }
        if (html.contains("Name the striped animal.")) {
            type("Name the striped animal.", " ZEBRA ");
        }
        if (html.contains("What is six times seven?")) {
            type("What is six times seven?", "42,2");
        }
        if (html.contains("Order the numbers.")) {
            pick("Order the numbers.", "One", "1").pick("Order the numbers.", "Two", "2")
                    .pick("Order the numbers.", "Three", "3");
        }
        if (html.contains("Match the pairs.")) {
            pick("Match the pairs.", "Cat", "Meow").pick("Match the pairs.", "Dog", "Woof")
                    .pick("Match the pairs.", "Cow", "Moo");
        }
        return this;
    }

    /**
     * For a quiz with limited attempts, submits with blank answers as a learner does: the form comes back once
     * listing the blanks, and pressing Submit again on it hands the attempt in as it is.
     */
    Web.Page submitWithBlanks() {
        Web.Page asked = submit();
        if (asked.status() != 422 || !asked.body().contains("name=\"blanks\"")) {
            throw new AssertionError("blank answers were not asked about: " + asked.status() + " " + asked.body());
        }
        add("blanks", "confirmed");
        return submit();
    }

    Web.Page submit() {
        String[] all = fields.toArray(new String[0]);
        String[] withCsrf = java.util.Arrays.copyOf(all, all.length + 2);
        withCsrf[all.length] = "_csrf";
        withCsrf[all.length + 1] = Web.csrf(new Web.Page(200, html, n -> null));
        return web.post(path, withCsrf);
    }
}
