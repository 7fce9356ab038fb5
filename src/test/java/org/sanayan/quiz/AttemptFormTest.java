package org.sanayan.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttemptFormTest {

    @Test
    void shuffles_are_uniform_so_the_order_shown_says_nothing_about_the_right_order() {
        Map<List<Integer>, Integer> seen = new HashMap<>();
        for (long seed = 1; seed <= 6000; seed++) {
            seen.merge(AttemptForm.order(3, seed, 4, true), 1, Integer::sum);
        }
        assertEquals(6, seen.size(), "every order of three items appears, the right one included");
        seen.values().forEach(n -> assertTrue(n > 850 && n < 1150, "about 1,000 each: " + seen));
        Set<List<Integer>> two = new HashSet<>();
        for (long seed = 1; seed <= 50; seed++) {
            two.add(AttemptForm.order(2, seed, 0, true));
        }
        assertEquals(2, two.size(), "a true/false pair is not always shown reversed");
    }

    @Test
    void the_same_attempt_always_shows_the_same_order_and_unshuffled_means_file_order() {
        assertEquals(AttemptForm.order(5, 42, 1, true), AttemptForm.order(5, 42, 1, true));
        assertEquals(List.of(0, 1, 2, 3), AttemptForm.order(4, 42, 1, false));
    }

    @Test
    void option_ids_are_opaque_and_differ_between_attempts() {
        String a = AttemptForm.id(1L, 0, "c", 0);
        assertTrue(a.matches("[0-9a-f]{12}"));
        assertNotEquals(a, AttemptForm.id(2L, 0, "c", 0));
        assertNotEquals(a, AttemptForm.id(1L, 0, "c", 1));
    }
}
