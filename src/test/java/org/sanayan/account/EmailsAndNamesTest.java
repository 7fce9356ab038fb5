package org.sanayan.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What sign-up accepts as an email address and as a name, and why the rest is refused. */
class EmailsAndNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            maria@example.ph                | true
            Maria.Santos+smm@mail.example.com | true
            o'brien@example.ie              | true
            ana@xn--bcher-kva.example       | true
            '  ana@example.ph  '            | true
            ana@example                     | false
            ana@@example.ph                 | false
            .ana@example.ph                 | false
            ana..b@example.ph               | false
            ana@-example.ph                 | false
            ana@example.p                   | false
            x<victim@example.ph>            | false
            'ana @example.ph'               | false
            ⅰan@example.ph                  | false
            ana@exámple.ph                  | false
            josé@example.ph                 | false
            aĊDATA@example.ph               | false
            """)
    void only_plain_ascii_addresses_are_accepted_so_no_character_can_smuggle_smtp_commands_or_pose_as_another(
            String email, boolean accepted) {
        assertEquals(accepted, Emails.plausible(email));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "ok", textBlock = """
            Maria Santos                  | ok
            José Ma. dela Cruz-Reyes      | ok
            O'Brien                       | ok
            李小龍                         | ok
            محمد                          | ok
            ''                            | signup.name.required
            'Ana\u202Eevil'               | signup.name.invalid
            'Ana\u200B'                   | signup.name.invalid
            'Ana\u0000'                   | signup.name.invalid
            'Visit http://evil.example'   | signup.name.invalid
            'www.evil.example'            | signup.name.invalid
            """)
    void a_name_may_be_in_any_script_but_carries_no_hidden_characters_or_web_addresses(String name, String problem) {
        assertEquals(Optional.ofNullable(problem), Names.problem(name));
    }

    @org.junit.jupiter.api.Test
    void a_name_with_a_line_break_or_over_a_hundred_characters_is_refused() {
        assertEquals(Optional.of("signup.name.invalid"), Names.problem("Ana\nURGENT: click"));
        assertEquals(Optional.of("signup.name.tooLong"), Names.problem("a".repeat(101)));
        assertEquals(Optional.empty(), Names.problem("a".repeat(100)));
    }
}
