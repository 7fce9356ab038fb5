package org.sanayan.account;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Download all my data": one JSON document that every feature adds its part to (profile, enrolments,
 * progress, quiz attempts, certificates...), so nothing a learner owns is left out of the export.
 */
public final class DataExport {

    /** One feature's part of the export, for one person. */
    @FunctionalInterface
    public interface Part {
        JsonValue of(long userId);
    }

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Clock clock;

    public DataExport(Clock clock) {
        this.clock = clock;
    }

    public void add(String name, Part part) {
        parts.put(name, part);
    }

    public String export(long userId) {
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("format", "sanayan-export/1")
                .add("exported_at", clock.instant().toString());
        parts.forEach((name, part) -> doc.add(name, part.of(userId)));
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter w = factory.createWriter(out)) {
            w.writeObject(doc.build());
        }
        return out.toString();
    }
}
