package io.kubequiz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark run's one line, printed when the test session closes, once every benchmark class has reported:
 * {@code BENCH answers_per_s=… … load_rss_mb=…}, and the same figures with the machine's description in
 * {@code target/bench/result.json}. Registered in META-INF/services, so it runs after every test session, but says
 * nothing unless a benchmark that feeds the line reported (a normal test run prints nothing). A figure whose benchmark
 * did not report (it failed, or was not run) is printed as MISSING and named, never made up.
 */
public final class BenchSummary implements LauncherSessionListener {

    private static final List<String> SOURCES = List.of("load", "dashboard", "export");
    private static final List<String> DASHBOARD_P95 = List.of(
            "class_page_p95_ms",
            "class_page_after_answer_p95_ms",
            "item_statistics_first_p95_ms",
            "item_statistics_all_p95_ms");

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (SOURCES.stream().noneMatch(name -> BenchFigures.reported(name).isPresent())) {
            return;
        }
        Map<String, Optional<Double>> figures = new LinkedHashMap<>();
        figures.put("answers_per_s", load("answers_per_s"));
        figures.put("answer_p50_ms", load("answer_p50_ms"));
        figures.put("answer_p99_ms", load("answer_p99_ms"));
        figures.put("errors", load("errors"));
        figures.put("static_per_s", load("static_per_s"));
        figures.put("dashboard_p95_ms", worst("dashboard", DASHBOARD_P95));
        figures.put("export_mb_per_s", exportMegabytesPerSecond());
        figures.put("startup_s", load("startup_s"));
        figures.put("idle_rss_mb", load("idle_rss_mb"));
        figures.put("load_rss_mb", load("load_rss_mb"));

        List<String> missing = new ArrayList<>();
        figures.forEach((name, value) -> {
            if (value.isEmpty()) {
                missing.add(name);
            }
        });
        System.out.println("BENCH "
                + figures.entrySet().stream()
                        .map(e -> e.getKey() + "="
                                + e.getValue().map(BenchSummary::plain).orElse("MISSING"))
                        .collect(Collectors.joining(" ")));
        if (!missing.isEmpty()) {
            System.out.println("BENCH-MISSING " + String.join(",", missing)
                    + " (their benchmark failed or did not run: see its output above)");
        }
        write(figures, missing);
    }

    private static void write(Map<String, Optional<Double>> figures, List<String> missing) {
        Map<String, Object> result = new LinkedHashMap<>();
        figures.forEach((name, value) -> result.put(
                name,
                value.map(v -> v == Math.rint(v) ? (Object) (long) v.doubleValue() : v)
                        .orElse(null)));
        result.put("missing", missing);
        result.put("machine", Machine.describe());
        Map<String, Object> details = new LinkedHashMap<>();
        SOURCES.forEach(name -> BenchFigures.reported(name).ifPresent(reported -> details.put(name, reported)));
        result.put("details", details);
        try {
            Path out = Path.of("target/bench/result.json");
            Files.createDirectories(out.getParent());
            Files.writeString(
                    out,
                    JsonMapper.builder()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .build()
                            .writeValueAsString(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Double> load(String name) {
        return number("load", name);
    }

    /** The worst p95 of the class page data and the item statistics, in every variant DashboardBenchmark times. */
    private static Optional<Double> worst(String benchmark, List<String> names) {
        List<Optional<Double>> values =
                names.stream().map(name -> number(benchmark, name)).toList();
        return values.stream().anyMatch(Optional::isEmpty)
                ? Optional.empty()
                : values.stream().map(Optional::get).max(Double::compare);
    }

    /** The median of ExportBenchmark's timed runs (run1_mb_per_s, run2_…, …). */
    private static Optional<Double> exportMegabytesPerSecond() {
        return BenchFigures.reported("export").flatMap(export -> {
            List<Double> runs = export.entrySet().stream()
                    .filter(e -> e.getKey().matches("run\\d+_mb_per_s"))
                    .map(e -> ((Number) e.getValue()).doubleValue())
                    .sorted()
                    .toList();
            return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() / 2));
        });
    }

    private static Optional<Double> number(String benchmark, String name) {
        return BenchFigures.reported(benchmark)
                .map(figures -> figures.get(name))
                .filter(value -> value instanceof Number n && !Double.isNaN(n.doubleValue()))
                .map(value -> ((Number) value).doubleValue());
    }

    /** A number as the line wants it: no exponent, {@code .} as decimal point, no ".0" on a whole number. */
    private static String plain(double value) {
        return value == Math.rint(value)
                ? String.valueOf((long) value)
                : java.math.BigDecimal.valueOf(value).toPlainString();
    }
}
