package org.sanayan.learning;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.function.Supplier;
import org.sanayan.content.Catalog;

/** The learning part of "download all my data": enrolments and every completed lesson. */
public final class LearningExport {

    private final ProgressRepository repo;
    private final Supplier<Catalog> catalog;

    public LearningExport(ProgressRepository repo, Supplier<Catalog> catalog) {
        this.repo = repo;
        this.catalog = catalog;
    }

    public JsonValue of(long userId) {
        JsonArrayBuilder enrolments = Json.createArrayBuilder();
        repo.enrolments(userId).forEach(e -> enrolments.add(Json.createObjectBuilder().add("course", e.course())
                .add("enrolled_at", e.enrolledAt().toString())));
        JsonArrayBuilder lessons = Json.createArrayBuilder();
        Catalog cat = catalog.get();
        repo.all(userId).forEach(d -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("lesson", d.lessonId()).add("completed_by", d.via())
                    .add("completed_at", d.at().toString());
            cat.lessonByIdOrAlias(d.lessonId()).filter(l -> !l.id().equals(d.lessonId()))
                    .ifPresent(l -> o.add("now_called", l.id()));
            lessons.add(o);
        });
        return Json.createObjectBuilder().add("enrolments", enrolments).add("completed_lessons", lessons).build();
    }
}
