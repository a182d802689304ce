package io.kubequiz.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate process, started from the test JVM's own classpath, so that a test can kill it
 * (SIGKILL) or stop it (SIGTERM) as an operator or a crash would, and start it again on the same data.
 */
public final class ServerProcess {

    public static final String ADMIN_PASSWORD = "admin-pass-2026";
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Path dataDir;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;

    private ServerProcess(Path dataDir, Map<String, String> environment, int port, Path log) {
        this.dataDir = dataDir;
        this.environment = environment;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the application on a free port with its data in {@code dataDir}, plus the given environment (a profile,
     * a database), and waits until {@code /actuator/health} says UP.
     */
    public static ServerProcess start(Path dataDir, Map<String, String> environment) throws Exception {
        Files.createDirectories(dataDir);
        ServerProcess server = new ServerProcess(dataDir, environment, freePort(), dataDir.resolve("server.log"));
        server.launch();
        return server;
    }

    /** The same data and environment, again: after a kill or a stop. */
    public ServerProcess restart() throws Exception {
        ServerProcess again = new ServerProcess(dataDir, environment, freePort(), log);
        again.launch();
        return again;
    }

    private void launch() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "io.kubequiz.KubequizApplication",
                // the application's own configuration only, not the tests' (classpath:config/, in-memory H2)
                "--spring.config.location=classpath:/",
                "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("KUBEQUIZ_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("KUBEQUIZ_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        process = builder.start();
        awaitReady();
    }

    private void awaitReady() throws Exception {
        awaitReady(process, port, log, READY_WITHIN, Duration.ofMillis(250));
    }

    /**
     * Waits until the server process listening on {@code port} is ready ({@code /actuator/health/readiness} answers
     * 200), asking every {@code poll}; fails, killing it, when it exits first or is not ready {@code within}.
     */
    public static void awaitReady(Process process, int port, Path log, Duration within, Duration poll)
            throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(500))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<Void> answer =
                        client.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(poll.toMillis());
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the server was not ready within " + within + ", see " + log);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts a SIGTERM shutdown without waiting for it. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit and returns its exit code. */
    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the server did not exit within " + within + ", see " + log);
        }
        return process.exitValue();
    }

    /** SIGTERM, then waits for the exit: releases an H2 file for the test's own JDBC connection. */
    public int stop() throws InterruptedException {
        terminate();
        return awaitExit(Duration.ofSeconds(60));
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
