package org.sanayan.account;

import java.util.List;
import org.sanayan.web.Chrome;

/** The page records of the admin templates. */
public final class AdminPages {

    private AdminPages() {
    }

    /** One person in the admin's list. */
    public record UserRow(long id, String name, String email, String roles, boolean active, boolean verified,
                          String joined) {
    }

    /** {@code admin/users.jte}: search results. */
    public record UsersPage(Chrome chrome, String query, List<UserRow> users, boolean more) {
    }

    /** {@code admin/user.jte}: one person, their roles and status. */
    public record UserPage(Chrome chrome, UserRow user, boolean instructor, boolean schoolAdmin, boolean admin,
                           String schoolId, boolean self, String notice, String error,
                           List<gg.jte.Content> sections) {
    }
}
