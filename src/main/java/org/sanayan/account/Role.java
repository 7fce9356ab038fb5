package org.sanayan.account;

import java.util.Optional;

/** What a person may do. Learner is everyone's; instructor and school admin are scoped to a school. */
public enum Role {
    LEARNER("learner"), INSTRUCTOR("instructor"), SCHOOL_ADMIN("school_admin"), ADMIN("admin");

    private final String word;

    Role(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Role> of(String word) {
        for (Role r : values()) {
            if (r.word.equals(word)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A role held by a user, with its school when it is scoped to one. */
    public record Grant(Role role, Long schoolId) {
    }
}
