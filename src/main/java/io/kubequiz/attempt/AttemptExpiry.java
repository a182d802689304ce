package io.kubequiz.attempt;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ends the attempts whose time ran out, even when their learners never come back. */
@Component
class AttemptExpiry {

    private static final Logger log = LoggerFactory.getLogger(AttemptExpiry.class);

    private final AttemptService service;

    AttemptExpiry(AttemptService service) {
        this.service = service;
    }

    /** Once at a time across instances: two would only race for the same rows. */
    @Scheduled(
            fixedDelayString = "${kubequiz.expiry-interval:PT10S}",
            initialDelayString = "${kubequiz.expiry-interval:PT10S}")
    @SchedulerLock(name = "attempt-expiry", lockAtMostFor = "PT5M")
    void expireOverdue() {
        int expired;
        do {
            expired = service.expireOverdue();
            if (expired > 0) {
                log.info("Expired {} attempts whose time ran out", expired);
            }
        } while (expired > 0);
    }
}
