package io.kubequiz.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The admin's backup page (admins only, see the security configuration): download a backup of the running H2
 * database, see the daily ones. On PostgreSQL the page says to use pg_dump, and no H2 code runs.
 */
@Controller
@RequestMapping("/admin/backup")
class BackupController {

    static final String BACKUP_VIEW = "system/backup";

    /** A daily backup as listed on the page. */
    record BackupFile(String name, long bytes) {}

    private final ObjectProvider<H2Backups> backups;

    BackupController(ObjectProvider<H2Backups> backups) {
        this.backups = backups;
    }

    @GetMapping
    String page(Model model) {
        H2Backups h2 = backups.getIfAvailable();
        model.addAttribute("h2", h2 != null);
        if (h2 != null) {
            model.addAttribute(
                    "folder", h2.folder().toAbsolutePath().normalize().toString());
            model.addAttribute(
                    "backups",
                    h2.list().stream().map(BackupController::describe).toList());
        } else {
            model.addAttribute("backups", List.of());
        }
        return BACKUP_VIEW;
    }

    /** A backup taken now into a temporary file, streamed, then deleted. */
    @GetMapping("/download")
    void download(HttpServletResponse response) throws IOException {
        H2Backups h2 = backups.getIfAvailable();
        if (h2 == null) {
            throw new NotFoundException("backup (not an H2 file database)");
        }
        Path file = Files.createTempFile("kubequiz-backup-", ".zip");
        try {
            h2.writeTo(file);
            response.setContentType("application/zip");
            response.setContentLengthLong(Files.size(file));
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(h2.datedName())
                            .build()
                            .toString());
            Files.copy(file, response.getOutputStream());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
