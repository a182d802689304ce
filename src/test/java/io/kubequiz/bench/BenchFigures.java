package io.kubequiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How a benchmark gives its figures: one {@code BENCH-<NAME> key=value ...} line, and the same as JSON in target/bench. */
final class BenchFigures {

    private BenchFigures() {}

    static void report(String name, Map<String, Object> figures) throws IOException {
        String line = figures.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        System.out.println("BENCH-" + name.toUpperCase(Locale.ROOT) + " " + line);
        Path out = Path.of("target/bench/" + name + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                figures.entrySet().stream()
                        .map(e -> "  \"" + e.getKey() + "\": " + e.getValue())
                        .collect(Collectors.joining(",\n", "{\n", "\n}\n")));
    }
}
