package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.testing.Learner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Backups of an H2 file database, as in production (the other tests run in memory, where BACKUP TO has nothing to
 * copy): the admin's download restores into a new data folder that holds the data and passes Flyway's validation;
 * the daily job keeps the newest backups only.
 */
@Tag("own-database") // chooses its databases itself: runs once, not again in the PostgreSQL run
@SpringBootTest
@AutoConfigureMockMvc
class BackupRestoreTest {

    private static final Path DATA =
            Path.of("target", "backup-test", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("kubequiz.data-dir", DATA::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + DATA.toAbsolutePath() + "/kubequiz;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("kubequiz.backup.keep", () -> "2");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    H2Backups backups;

    @Autowired
    ScheduledBackups daily;

    @Test
    void anAdminDownloadsABackupThatRestoresIntoANewDataFolder() throws Exception {
        Learner learner = Learner.register(mvc);
        Learner admin = Learner.logIn(mvc, "admin", "admin-pass-2026");
        assertThat(admin.get("/admin/backup").getResponse().getContentAsString())
                .contains("/admin/backup/download");

        MockHttpServletResponse download = admin.get("/admin/backup/download").getResponse();

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/zip");
        assertThat(download.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"kubequiz-\\d{4}-\\d{2}-\\d{2}-\\d{6}-\\d{3}\\.zip\"");
        Path restored = unzip(download.getContentAsByteArray(), DATA.resolveSibling(DATA.getFileName() + "-restored"));
        assertThat(restored.resolve("kubequiz.mv.db")).exists();

        String url = "jdbc:h2:file:" + restored.toAbsolutePath() + "/kubequiz";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .validate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement query =
                        connection.prepareStatement("SELECT display_name FROM app_user WHERE username = ?")) {
            query.setString(1, learner.username());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next())
                        .as("the learner in the restored database")
                        .isTrue();
                assertThat(row.getString(1)).isEqualTo("Learner " + learner.username());
            }
        }
    }

    @Test
    void theDailyBackupKeepsTheNewestOnes() {
        daily.run();
        daily.run();
        daily.run();

        List<Path> kept = backups.list();
        assertThat(kept).hasSize(2);
        assertThat(kept).allSatisfy(file -> assertThat(file.getParent()).isEqualTo(DATA.resolve("backups")));
        assertThat(kept.get(0).getFileName().toString())
                .isGreaterThan(kept.get(1).getFileName().toString());
    }

    private static Path unzip(byte[] zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, folder.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        return folder;
    }
}
