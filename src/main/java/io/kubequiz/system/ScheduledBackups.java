package io.kubequiz.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily backup of the H2 database into {@code <data dir>/backups}, keeping the newest ones, under a ShedLock lock
 * like every scheduled job (an H2 file serves one instance, but a second one started by mistake on the same folder
 * must not write the same backup).
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
class ScheduledBackups {

    private final H2Backups backups;
    private final int keep;

    ScheduledBackups(H2Backups backups, @Value("${kubequiz.backup.keep:14}") int keep) {
        this.backups = backups;
        this.keep = keep;
    }

    @Scheduled(cron = "${kubequiz.backup.cron:0 0 3 * * *}", zone = "${kubequiz.time-zone:Europe/Paris}")
    @SchedulerLock(name = "h2-backup", lockAtMostFor = "PT1H")
    void run() {
        backups.backUpAndPrune(keep);
    }
}
