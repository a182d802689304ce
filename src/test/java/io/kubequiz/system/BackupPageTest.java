package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.testing.Learner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Without an H2 file database (PostgreSQL; here the tests' in-memory H2) the backup page points to pg_dump. */
@SpringBootTest
@AutoConfigureMockMvc
class BackupPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void withoutAnH2FileTheBackupPagePointsToPgDumpAndOffersNoDownload() throws Exception {
        Learner admin = Learner.logIn(mvc, "admin", "admin-pass-2026").inEnglish();

        String page = admin.get("/admin/backup").getResponse().getContentAsString();

        assertThat(page).contains("pg_dump").doesNotContain("/admin/backup/download");
        assertThat(admin.get("/admin/backup/download").getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theAccountsPageLinksToTheBackupPage() throws Exception {
        Learner admin = Learner.logIn(mvc, "admin", "admin-pass-2026");

        assertThat(admin.get("/admin/users").getResponse().getContentAsString()).contains("href=\"/admin/backup\"");
    }
}
