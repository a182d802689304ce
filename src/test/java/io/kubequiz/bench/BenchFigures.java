package io.kubequiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How a benchmark gives its figures: one {@code BENCH-<NAME> key=value ...} line, and the same as JSON in target/bench.
 * The figures are also kept here for the rest of the test session, so that {@link BenchSummary} can print the run's
 * one summary line from the figures of several benchmark classes once they have all run.
 */
final class BenchFigures {

    private static final Map<String, Map<String, Object>> REPORTED = new ConcurrentHashMap<>();

    private BenchFigures() {}

    static void report(String name, Map<String, Object> figures) throws IOException {
        REPORTED.put(name, new LinkedHashMap<>(figures));
        String line = figures.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        System.out.println("BENCH-" + name.toUpperCase(Locale.ROOT) + " " + line);
        Path out = Path.of("target/bench/" + name + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                figures.entrySet().stream()
                        .map(e -> "  \"" + e.getKey() + "\": " + json(e.getValue()))
                        .collect(Collectors.joining(",\n", "{\n", "\n}\n")));
    }

    /** The figures a benchmark reported in this session, if it did. */
    static Optional<Map<String, Object>> reported(String name) {
        return Optional.ofNullable(REPORTED.get(name));
    }

    static boolean anyReported() {
        return !REPORTED.isEmpty();
    }

    private static String json(Object value) {
        return value instanceof Number || value instanceof Boolean
                ? value.toString()
                : "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
