package io.kubequiz.classroom;

import io.kubequiz.account.AccountUser;
import io.kubequiz.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes assigned to classes. A trainer manages the assignments of their own classes; a learner reaches only the
 * assignments of the classes they are in now. Anything else is "not found".
 */
@Service
public class Assignments {

    private final AssignmentRepository assignments;
    private final Classrooms classrooms;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    Assignments(
            AssignmentRepository assignments,
            Classrooms classrooms,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    long create(long classroomId, AccountUser trainer, AssignmentForm form) {
        classrooms.managed(classroomId, trainer);
        Assignment assignment = new Assignment(classroomId, form.quizId(), form.mode(), clock.instant());
        applyRules(assignment, form);
        return assignments.save(assignment).id();
    }

    /**
     * Assigns a quiz to a class with the given rules, as if created at {@code createdAt} (for data imported rather
     * than typed, such as the demo's). Null {@code closesAt}, {@code attemptsAllowed} and {@code timeLimitMinutes}
     * mean "none"; practice ignores the attempt and time limits and gives feedback at once, as on the form.
     */
    @Transactional
    public AssignmentRules createFor(
            long classroomId,
            String quizId,
            AssignmentMode mode,
            Instant opensAt,
            Instant closesAt,
            Integer attemptsAllowed,
            Integer timeLimitMinutes,
            GradingMethod gradingMethod,
            ReviewTiming reviewTiming,
            Instant createdAt) {
        if (closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("an assignment closes after it opens");
        }
        if ((attemptsAllowed != null && attemptsAllowed < 1) || (timeLimitMinutes != null && timeLimitMinutes < 1)) {
            throw new IllegalArgumentException("attempt and time limits are at least 1");
        }
        Classroom classroom =
                classrooms.byId(classroomId).orElseThrow(() -> new NotFoundException("class " + classroomId));
        Assignment assignment = new Assignment(classroomId, quizId, mode, createdAt);
        assignment.setRules(opensAt, closesAt, attemptsAllowed, timeLimitMinutes, gradingMethod, reviewTiming);
        return assignments.save(assignment).rules(classroom.name());
    }

    @Transactional
    void update(long classroomId, long assignmentId, AccountUser trainer, AssignmentForm form) {
        applyRules(owned(classroomId, assignmentId, trainer), form);
        events.publishEvent(new AssignmentChanged(assignmentId));
    }

    /** Closes the assignment now: attempts in progress end (after the grace), like at any closing date. */
    @Transactional
    void closeNow(long classroomId, long assignmentId, AccountUser trainer) {
        owned(classroomId, assignmentId, trainer).closeAt(clock.instant());
        events.publishEvent(new AssignmentChanged(assignmentId));
    }

    private void applyRules(Assignment assignment, AssignmentForm form) {
        assignment.setRules(
                instant(form.opensAt()),
                form.closesAt() == null ? null : instant(form.closesAt()),
                form.attemptsAllowed(),
                form.timeLimitMinutes(),
                form.gradingMethod(),
                form.reviewTiming());
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    private Assignment owned(long classroomId, long assignmentId, AccountUser trainer) {
        classrooms.managed(classroomId, trainer);
        return assignments
                .findByIdAndClassroomId(assignmentId, classroomId)
                .orElseThrow(() -> new NotFoundException("assignment " + assignmentId + " in class " + classroomId));
    }

    /** The form filled with an assignment's current rules. */
    @Transactional(readOnly = true)
    AssignmentForm form(long classroomId, long assignmentId, AccountUser trainer) {
        AssignmentRules rules = managed(classroomId, assignmentId, trainer);
        return new AssignmentForm(
                rules.quizId(),
                rules.mode(),
                LocalDateTime.ofInstant(rules.opensAt(), zone),
                rules.closesAt() == null ? null : LocalDateTime.ofInstant(rules.closesAt(), zone),
                rules.attemptsAllowed(),
                rules.timeLimitMinutes(),
                rules.gradingMethod(),
                rules.reviewTiming());
    }

    AssignmentForm blankForm(String quizId) {
        return AssignmentForm.startingAt(LocalDateTime.now(clock.withZone(zone)), quizId);
    }

    /** An assignment of a class this trainer (or an admin) manages. */
    @Transactional(readOnly = true)
    public AssignmentRules managed(long classroomId, long assignmentId, AccountUser trainer) {
        ClassroomLine classroom = classrooms.summary(classroomId, trainer);
        return owned(classroomId, assignmentId, trainer).rules(classroom.name());
    }

    /** The assignments of a class this trainer (or an admin) manages, newest first. */
    @Transactional(readOnly = true)
    public List<AssignmentRules> ofClass(long classroomId, AccountUser trainer) {
        ClassroomLine classroom = classrooms.summary(classroomId, trainer);
        return assignments.findByClassroomIdOrderByOpensAtDescIdDesc(classroomId).stream()
                .map(a -> a.rules(classroom.name()))
                .toList();
    }

    /** The assignments a learner can see: those of the classes they are in now, newest first. */
    @Transactional(readOnly = true)
    public List<AssignmentRules> ofLearner(long userId) {
        return assignments.ofLearner(userId).stream().map(Assignments::rules).toList();
    }

    /** The assignment, if this learner is in its class now. */
    @Transactional(readOnly = true)
    public Optional<AssignmentRules> forLearner(long assignmentId, long userId) {
        return assignments.forLearner(assignmentId, userId).stream().findFirst().map(Assignments::rules);
    }

    /** An assignment's current rules, for an attempt already started at it (the learner may have left the class). */
    @Transactional(readOnly = true)
    public AssignmentRules rules(long assignmentId) {
        return assignments.withClassName(assignmentId).stream()
                .findFirst()
                .map(Assignments::rules)
                .orElseThrow(() -> new NotFoundException("assignment " + assignmentId));
    }

    private static AssignmentRules rules(Object[] row) {
        return ((Assignment) row[0]).rules((String) row[1]);
    }
}
