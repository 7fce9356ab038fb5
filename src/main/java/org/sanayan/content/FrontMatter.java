package org.sanayan.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;

/**
 * A content file split into its YAML front matter (between {@code ---} lines at the top) and its Markdown body.
 * Values come from a real YAML parser; each key keeps the file line it was written on, for messages.
 *
 * @param values     the top-level keys and their values, in file order
 * @param keyLines   the 1-based file line of each key
 * @param body       the Markdown after the front matter
 * @param bodyLine   the file line the body starts on (1-based)
 * @param error      a YAML or layout problem, with its file line, when the front matter could not be read
 */
public record FrontMatter(Map<String, Object> values, Map<String, Integer> keyLines, String body, int bodyLine,
                          Optional<LineError> error) {

    public record LineError(int line, String message) {
    }

    public static FrontMatter parse(String text) {
        String src = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = src.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return new FrontMatter(Map.of(), Map.of(), src, 1, Optional.empty());
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return new FrontMatter(Map.of(), Map.of(), "", 1,
                    Optional.of(new LineError(1, "front matter starts with '---' but has no closing '---' line")));
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        int bodyLine = end + 2;
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();
        try {
            Object loaded = new Load(settings).loadFromString(yaml);
            if (loaded == null) {
                return new FrontMatter(Map.of(), Map.of(), body, bodyLine, Optional.empty());
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                return new FrontMatter(Map.of(), Map.of(), body, bodyLine,
                        Optional.of(new LineError(2, "front matter must be a list of 'key: value' lines")));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
            return new FrontMatter(values, keyLines(yaml, settings), body, bodyLine, Optional.empty());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(2);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            return new FrontMatter(Map.of(), Map.of(), body, bodyLine,
                    Optional.of(new LineError(line, "YAML syntax error: " + problem)));
        } catch (YamlEngineException e) {
            String msg = e.getMessage() == null ? "invalid YAML" : e.getMessage().lines().findFirst().orElse("");
            return new FrontMatter(Map.of(), Map.of(), body, bodyLine,
                    Optional.of(new LineError(2, "YAML error: " + msg)));
        }
    }

    private static Map<String, Integer> keyLines(String yaml, LoadSettings settings) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        Optional<Node> root = new Compose(settings).composeString(yaml);
        if (root.isPresent() && root.get() instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    lines.put(key.getValue(), key.getStartMark().map(Mark::getLine).orElse(0) + 2);
                }
            }
        }
        return lines;
    }

    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object get(String key) {
        return values.get(key);
    }

    public List<String> keys() {
        return new ArrayList<>(values.keySet());
    }
}
