package org.sanayan.quiz;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sanayan.content.Grading;

/** What a learner answered, stored as JSON by question index. */
final class Responses {

    private Responses() {
    }

    static String write(Map<Integer, Grading.Response> responses) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        new TreeMap<>(responses).forEach((q, r) -> o.add(String.valueOf(q), write(r)));
        return o.build().toString();
    }

    private static JsonObject write(Grading.Response r) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (r instanceof Grading.Single s) {
            b.add("choice", s.choice());
        } else if (r instanceof Grading.Multiple m) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            m.choices().stream().sorted().forEach(a::add);
            b.add("choices", a);
        } else if (r instanceof Grading.Text t) {
            b.add("text", t.text());
        } else if (r instanceof Grading.Positions p) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            p.positions().forEach(a::add);
            b.add("positions", a);
        } else if (r instanceof Grading.Matches m) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            m.rights().forEach(x -> {
                if (x.isPresent()) {
                    a.add(x.get());
                } else {
                    a.addNull();
                }
            });
            b.add("rights", a);
        }
        return b.build();
    }

    static Map<Integer, Grading.Response> read(String json) {
        Map<Integer, Grading.Response> out = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            for (String k : o.keySet()) {
                out.put(Integer.parseInt(k), read(o.getJsonObject(k)));
            }
        }
        return out;
    }

    private static Grading.Response read(JsonObject o) {
        if (o.containsKey("choice")) {
            return new Grading.Single(o.getInt("choice"));
        }
        if (o.containsKey("choices")) {
            Set<Integer> s = new HashSet<>();
            o.getJsonArray("choices").getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> s.add(n.intValue()));
            return new Grading.Multiple(s);
        }
        if (o.containsKey("text")) {
            return new Grading.Text(o.getString("text"));
        }
        if (o.containsKey("positions")) {
            return new Grading.Positions(o.getJsonArray("positions").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .map(n -> n.intValue()).toList());
        }
        List<Optional<String>> rights = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("rights")) {
            rights.add(v.getValueType() == JsonValue.ValueType.NULL ? Optional.empty()
                    : Optional.of(((jakarta.json.JsonString) v).getString()));
        }
        return new Grading.Matches(rights);
    }
}
