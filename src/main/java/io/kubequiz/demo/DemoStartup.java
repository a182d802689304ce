package io.kubequiz.demo;

import io.kubequiz.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code kubequiz.demo=true} ({@code KUBEQUIZ_DEMO=true}), fills an empty database with the demo data once the
 * application is ready, after the first-start admin account has been created.
 */
@Component
@ConditionalOnProperty(name = "kubequiz.demo", havingValue = "true")
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoData data;

    DemoStartup(DemoData data) {
        this.data = data;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Accounts.FIRST_START_ORDER + 1)
    public void fillOnStart() {
        long started = System.nanoTime();
        DemoData.Outcome outcome = data.fillIfEmpty();
        if (outcome.created()) {
            log.info(
                    "Demo data created in {} ms: trainer '{}' and {} learners ('{}' to '{}'), each with their username"
                            + " as password, in the class '{}', with 3 assignments, {} attempts and {} answers.",
                    (System.nanoTime() - started) / 1_000_000,
                    DemoData.TRAINER,
                    outcome.learners(),
                    DemoData.learnerName(1),
                    DemoData.learnerName(outcome.learners()),
                    DemoData.CLASS_NAME,
                    outcome.attempts(),
                    outcome.answers());
        }
    }
}
