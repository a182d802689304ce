package io.kubequiz.bench;

import io.kubequiz.testing.ServerProcess;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged application (target/kubequiz-*.jar, as {@code ./mvnw package} builds it) in its own process, as the
 * Dockerfile runs it: the jar extracted, with the class data sharing archive of a training run (both rebuilt at each
 * run, in target/bench/app), its own configuration only, an H2 file database in a fresh folder, and the Dockerfile's
 * JVM flags, read from its {@code JAVA_TOOL_OPTIONS=} line so that the benchmark measures what ships. Those flags size
 * the heap as a share of the memory the JVM sees ({@code MaxRAMPercentage}); here that would be the whole machine, so
 * {@code -XX:MaxRAM} stands in for a container's memory limit (property {@code bench.server.max-ram}, default 1g).
 * Property {@code bench.server.jvm-options} adds flags to the measured server (not to the training run) for a
 * profiling run, e.g. {@code -XX:StartFlightRecording=delay=150s,duration=40s,settings=profile,filename=load.jfr}.
 */
final class PackagedServer implements AutoCloseable {

    private static final Pattern TOOL_OPTIONS = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"");
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final String JAR = "kubequiz.jar";
    private static final String ARCHIVE = "kubequiz.jsa";

    private final Process process;
    private final int port;
    private final Path log;
    private final String toolOptions;
    private final double secondsToReady;

    private PackagedServer(Process process, int port, Path log, String toolOptions, double secondsToReady) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.toolOptions = toolOptions;
        this.secondsToReady = secondsToReady;
    }

    /**
     * Starts the application as the image runs it, with its data in {@code dataDir}, and waits until
     * {@code /actuator/health/readiness} says 200.
     */
    static PackagedServer start(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        String toolOptions = dockerfileToolOptions();
        Path app = imageLayout(toolOptions);
        int port = ServerProcess.freePort();
        Path log = dataDir.resolve("server.log");
        List<String> command = java(app.resolve(ARCHIVE));
        String profiling = System.getProperty("bench.server.jvm-options", "").strip();
        if (!profiling.isEmpty()) {
            command.addAll(List.of(profiling.split("\\s+")));
        }
        command.addAll(List.of("-jar", app.resolve(JAR).toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile()) // no ./config/ of the project's is read
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        environment(builder, toolOptions, dataDir);
        long start = System.nanoTime();
        Process process = builder.start();
        ServerProcess.awaitReady(process, port, log, READY_WITHIN, Duration.ofMillis(20));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new PackagedServer(process, port, log, toolOptions, seconds);
    }

    /**
     * What the Dockerfile builds from the same jar, in target/bench/app: the jar extracted (application jar and lib/)
     * and the class data sharing archive of a training run that starts the context on a throw-away database and exits
     * once it is refreshed.
     */
    private static Path imageLayout(String toolOptions) throws Exception {
        Path app = Path.of("target/bench/app").toAbsolutePath();
        FileSystemUtils.deleteRecursively(app);
        Path jar = packagedJar().toAbsolutePath();
        run(
                new ProcessBuilder(
                        javaExecutable(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        app.toString()),
                app.resolveSibling("extract.log"));
        Files.move(app.resolve(jar.getFileName()), app.resolve(JAR));
        Path training = app.resolveSibling("training");
        FileSystemUtils.deleteRecursively(training);
        Files.createDirectories(training);
        ProcessBuilder train = new ProcessBuilder(java(
                        null,
                        "-XX:ArchiveClassesAtExit=" + app.resolve(ARCHIVE),
                        "-Dspring.context.exit=onRefresh",
                        "-jar",
                        app.resolve(JAR).toString()))
                .directory(training.toFile());
        environment(train, toolOptions, training);
        run(train, app.resolveSibling("training.log"));
        if (!Files.isRegularFile(app.resolve(ARCHIVE))) {
            throw new IllegalStateException("the training run wrote no " + ARCHIVE + ": see target/bench/training.log");
        }
        return app;
    }

    /** The java command with the container's stand-in memory limit and the archive, if given. */
    private static List<String> java(Path archive, String... arguments) {
        List<String> command = new ArrayList<>(
                List.of(javaExecutable(), "-XX:MaxRAM=" + System.getProperty("bench.server.max-ram", "1g")));
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of(arguments));
        return command;
    }

    private static void environment(ProcessBuilder builder, String toolOptions, Path dataDir) {
        builder.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        builder.environment().put("KUBEQUIZ_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("KUBEQUIZ_ADMIN_PASSWORD", ServerProcess.ADMIN_PASSWORD);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(ProcessBuilder builder, Path log) throws Exception {
        Process process =
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed: see " + log);
        }
    }

    /** The jar the package phase built (not the plain one Spring Boot's repackaging keeps as .original). */
    static Path packagedJar() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), "kubequiz-*.jar")) {
            found.forEach(jars::add);
        }
        if (jars.size() != 1) {
            throw new IllegalStateException(
                    "expected one target/kubequiz-*.jar (run ./mvnw -Pbench verify, which packages first), found "
                            + jars);
        }
        return jars.get(0);
    }

    /** The value of the Dockerfile's {@code JAVA_TOOL_OPTIONS="..."}: the one place the production flags are kept. */
    static String dockerfileToolOptions() throws IOException {
        Matcher options = TOOL_OPTIONS.matcher(Files.readString(Path.of("Dockerfile")));
        if (!options.find()) {
            throw new IllegalStateException("the Dockerfile has no JAVA_TOOL_OPTIONS=\"...\"");
        }
        return options.group(1);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String toolOptions() {
        return toolOptions;
    }

    /** From the process's start to the first 200 of the readiness probe. */
    double secondsToReady() {
        return secondsToReady;
    }

    /** What Spring Boot logged: "Started KubequizApplication in X seconds". */
    OptionalDouble loggedStartSeconds() throws IOException {
        Matcher started = STARTED.matcher(Files.readString(log));
        return started.find() ? OptionalDouble.of(Double.parseDouble(started.group(1))) : OptionalDouble.empty();
    }

    /** Resident memory of the server process now (VmRSS of /proc/PID/status), in bytes. */
    long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    /** CPU time the server process has used so far, all its threads (user and system). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time"));
    }

    Path log() {
        return log;
    }

    /** SIGTERM (a graceful stop), a kill if it takes over a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
