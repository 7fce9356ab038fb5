package org.sanayan.learning;

import java.util.List;
import org.sanayan.web.Chrome;

/** The home page: every course. */
public record CatalogPage(Chrome chrome, List<Items.CourseCard> courses) {
}
