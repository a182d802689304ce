package io.kubequiz.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Backups of the H2 file database, taken while it runs: H2's {@code BACKUP TO} writes a zip of a consistent state of
 * the database without stopping the application. Only on an H2 file database: PostgreSQL has pg_dump.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
public class H2Backups {

    private static final Logger log = LoggerFactory.getLogger(H2Backups.class);
    private static final String PREFIX = "kubequiz-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss-SSS");

    private final JdbcTemplate jdbc;
    private final Path folder;
    private final Clock clock;
    private final ZoneId zone;

    H2Backups(
            JdbcTemplate jdbc,
            @Value("${kubequiz.data-dir}") Path dataDir,
            Clock clock,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.jdbc = jdbc;
        this.folder = dataDir.resolve("backups");
        this.clock = clock;
        this.zone = zone;
    }

    /** Writes a backup into {@code target} (a zip holding {@code kubequiz.mv.db}), replacing what was there. */
    public void writeTo(Path target) {
        try {
            Files.deleteIfExists(target);
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    /** A dated name, in the application's time zone: {@code kubequiz-2026-11-24-030000-000.zip}. */
    public String datedName() {
        return PREFIX + STAMP.format(clock.instant().atZone(zone)) + ".zip";
    }

    /** A backup into the backups folder, then the oldest ones removed so that {@code keep} remain. */
    public Path backUpAndPrune(int keep) {
        Path target = folder.resolve(datedName());
        writeTo(target);
        List<Path> removed = prune(keep);
        log.info("Backup written: {} ({} bytes); {} older backups removed", target, size(target), removed.size());
        return target;
    }

    /** The backups in the folder, newest first (their names sort by date). */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(".zip"))
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> prune(int keep) {
        List<Path> old = list().stream().skip(Math.max(keep, 1)).toList();
        for (Path file : old) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return old;
    }

    public Path folder() {
        return folder;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
