package org.sanayan.learning;

import java.util.List;
import org.sanayan.web.Messages;

/** {@code learning/dashboard.jte}: the learner's enrolled courses on {@code /me}. */
public record DashboardSection(Messages t, List<Entry> courses) {

    /** One enrolled course: its progress and the lesson to continue with. */
    public record Entry(String title, String href, Items.Bar bar, Items.Link next, boolean complete) {
    }
}
