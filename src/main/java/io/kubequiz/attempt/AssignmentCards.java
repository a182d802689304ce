package io.kubequiz.attempt;

import io.kubequiz.classroom.AssignmentMode;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.AssignmentStatus;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.content.QuizCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A learner's assignments, as the catalogue shows them: rules, attempts used, grade, what can be done now. */
@Component
class AssignmentCards {

    record AssignmentCard(
            long id,
            String className,
            String quizTitle,
            AssignmentMode mode,
            ZonedDateTime opensAt,
            ZonedDateTime closesAt,
            Integer attemptsAllowed,
            Integer timeLimitMinutes,
            int attemptsUsed,
            Integer grade,
            UUID inProgressId,
            UUID lastFinishedId,
            AssignmentStatus status,
            boolean canStart) {}

    private final Assignments assignments;
    private final AttemptRepository attempts;
    private final QuizCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    AssignmentCards(
            Assignments assignments,
            AttemptRepository attempts,
            QuizCatalog catalog,
            Clock clock,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    List<AssignmentCard> of(long userId, Locale locale) {
        List<AssignmentRules> mine = assignments.ofLearner(userId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attempt>> byAssignment =
                attempts.findAllAssigned(userId).stream().collect(Collectors.groupingBy(Attempt::assignmentId));
        Instant now = clock.instant();
        return mine.stream()
                .map(rules -> card(rules, byAssignment.getOrDefault(rules.id(), List.of()), now, locale))
                .toList();
    }

    private AssignmentCard card(AssignmentRules rules, List<Attempt> taken, Instant now, Locale locale) {
        List<Attempt> finished = taken.stream().filter(a -> !a.inProgress()).toList();
        Double grade = rules.gradingMethod()
                .grade(finished.stream().map(Attempt::percent).toList());
        UUID inProgress = taken.stream()
                .filter(a -> a.inProgress() && !a.overdue(now))
                .map(Attempt::id)
                .findFirst()
                .orElse(null);
        AssignmentStatus status = rules.status(now);
        return new AssignmentCard(
                rules.id(),
                rules.className(),
                catalog.quizTitle(rules.quizId(), locale),
                rules.mode(),
                rules.opensAt().atZone(zone),
                rules.closesAt() == null ? null : rules.closesAt().atZone(zone),
                rules.attemptsAllowed(),
                rules.timeLimitMinutes(),
                taken.size(),
                grade == null ? null : (int) Math.round(grade),
                inProgress,
                finished.isEmpty() ? null : finished.get(finished.size() - 1).id(),
                status,
                inProgress == null && status == AssignmentStatus.OPEN && rules.attemptsLeft(taken.size()));
    }
}
