package io.kubequiz.attempt;

import io.kubequiz.classroom.AssignmentChanged;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a trainer moves an assignment's closing date or changes its time limit, the attempts in progress at it take
 * the new deadline, in the same transaction; the expiry job then ends those whose time has run out.
 */
@Component
class DeadlineFollower {

    private final AttemptRepository attempts;
    private final Assignments assignments;

    DeadlineFollower(AttemptRepository attempts, Assignments assignments) {
        this.attempts = attempts;
        this.assignments = assignments;
    }

    @EventListener
    void on(AssignmentChanged changed) {
        AssignmentRules rules = assignments.rules(changed.assignmentId());
        for (Attempt attempt : attempts.findInProgressAt(changed.assignmentId())) {
            attempt.reschedule(rules.deadlineFor(attempt.startedAt()));
        }
    }
}
