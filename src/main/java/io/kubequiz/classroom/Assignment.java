package io.kubequiz.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A quiz assigned to a class, with the rules its attempts follow. */
@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "classroom_id", nullable = false)
    private long classroomId;

    @Column(name = "quiz_id", nullable = false, length = 80)
    private String quizId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_mode", nullable = false, length = 16)
    private AssignmentMode mode;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", nullable = false, length = 16)
    private GradingMethod gradingMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_timing", nullable = false, length = 24)
    private ReviewTiming reviewTiming;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Assignment() {}

    Assignment(long classroomId, String quizId, AssignmentMode mode, Instant createdAt) {
        this.classroomId = classroomId;
        this.quizId = quizId;
        this.mode = mode;
        this.createdAt = createdAt;
    }

    /**
     * Sets the rules. A practice assignment has no attempt limit, no time limit and shows feedback at once,
     * whatever the form said.
     */
    void setRules(
            Instant opens,
            Instant closes,
            Integer attempts,
            Integer timeLimit,
            GradingMethod grading,
            ReviewTiming review) {
        boolean practice = mode == AssignmentMode.PRACTICE;
        this.opensAt = opens;
        this.closesAt = closes;
        this.attemptsAllowed = practice ? null : attempts;
        this.timeLimitMinutes = practice ? null : timeLimit;
        this.gradingMethod = grading;
        this.reviewTiming = practice ? ReviewTiming.IMMEDIATELY : review;
    }

    /** Closes the assignment now, unless it is already closed. */
    void closeAt(Instant now) {
        if (closesAt == null || closesAt.isAfter(now)) {
            closesAt = now;
        }
    }

    AssignmentRules rules(String className) {
        return new AssignmentRules(
                id,
                classroomId,
                className,
                quizId,
                mode,
                opensAt,
                closesAt,
                attemptsAllowed,
                timeLimitMinutes,
                gradingMethod,
                reviewTiming);
    }

    Long id() {
        return id;
    }

    long classroomId() {
        return classroomId;
    }
}
