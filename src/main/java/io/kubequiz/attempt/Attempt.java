package io.kubequiz.attempt;

import io.kubequiz.system.NotFoundException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * One learner's go at a quiz. Its state machine lives here: IN_PROGRESS → SUBMITTED (or EXPIRED); every move checks
 * that it is legal. The seed fixes the order of questions and options, so a reload shows the same page.
 */
@Entity
@Table(name = "attempt")
class Attempt {

    /** How long after its deadline an answer is still accepted, for the network. */
    static final Duration GRACE = Duration.ofSeconds(30);

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "quiz_id", nullable = false, length = 80)
    private String quizId;

    @Enumerated(EnumType.STRING)
    @Column(name = "attempt_mode", nullable = false, length = 16)
    private AttemptMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "attempt_state", nullable = false, length = 16)
    private AttemptState state;

    @Column(nullable = false)
    private long seed;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "answered_count", nullable = false)
    private int answeredCount;

    @Column(nullable = false)
    private double score;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The assignment this attempt is for; null for free practice. */
    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber = 1;

    /** When the time runs out (time limit or closing date); null when it never does. */
    @Column
    private Instant deadline;

    /** Feedback after each question, which is then locked; otherwise answers can be changed until submission. */
    @Column(name = "immediate_feedback", nullable = false)
    private boolean immediateFeedback = true;

    /** A wrapper type, so that a new attempt (version null) is persisted without a merge's extra select. */
    @Version
    @Column(name = "lock_version", nullable = false)
    private Long lockVersion;

    @ElementCollection
    @CollectionTable(name = "attempt_item", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "item_index")
    private List<AttemptItem> items = new ArrayList<>();

    protected Attempt() {}

    Attempt(long userId, String quizId, AttemptMode mode, long seed, List<AttemptItem> items, Instant now) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an attempt needs questions");
        }
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.quizId = quizId;
        this.mode = mode;
        this.state = AttemptState.IN_PROGRESS;
        this.seed = seed;
        this.items = new ArrayList<>(items);
        this.questionCount = items.size();
        this.startedAt = now;
    }

    /** An attempt at an assignment: its rank among the learner's attempts at it, its deadline, its feedback. */
    static Attempt forAssignment(
            long userId,
            String quizId,
            AttemptMode mode,
            long seed,
            List<AttemptItem> items,
            Instant now,
            Assigned assigned) {
        Attempt attempt = new Attempt(userId, quizId, mode, seed, items, now);
        attempt.assignmentId = assigned.assignmentId();
        attempt.attemptNumber = assigned.number();
        attempt.deadline = assigned.deadline();
        attempt.immediateFeedback = assigned.immediateFeedback();
        return attempt;
    }

    /** What an attempt at an assignment carries over from it. */
    record Assigned(long assignmentId, int number, Instant deadline, boolean immediateFeedback) {}

    /** Adds a graded answer's score; the caller has checked that the question was not answered yet. */
    void recordAnswer(double questionScore) {
        requireInProgress("answer");
        if (answeredCount >= questionCount) {
            throw new IllegalStateException("every question is already answered");
        }
        answeredCount++;
        score += questionScore;
    }

    /** A changed answer (answers can change until submission when feedback is deferred). */
    void replaceAnswer(double oldScore, double newScore) {
        requireInProgress("answer");
        if (immediateFeedback) {
            throw new IllegalStateException("an answer with immediate feedback is final");
        }
        score += newScore - oldScore;
    }

    /** Finishes the attempt; unanswered questions score 0. */
    void submit(Instant now) {
        requireInProgress("submit");
        state = AttemptState.SUBMITTED;
        finishedAt = now;
    }

    /** The time ran out: the attempt ends as it stood at its deadline. */
    void expire() {
        requireInProgress("expire");
        if (deadline == null) {
            throw new IllegalStateException("an attempt without a deadline cannot expire");
        }
        state = AttemptState.EXPIRED;
        finishedAt = deadline;
    }

    /** The assignment's dates or time limit changed: an attempt in progress follows the new deadline. */
    void reschedule(Instant newDeadline) {
        if (inProgress()) {
            deadline = newDeadline;
        }
    }

    /** Whether the time ran out, grace included: answers are refused and the attempt must expire. */
    boolean overdue(Instant now) {
        return deadline != null && now.isAfter(deadline.plus(GRACE));
    }

    private void requireInProgress(String move) {
        if (state != AttemptState.IN_PROGRESS) {
            throw new IllegalAttemptStateException(state, move);
        }
    }

    OptionalInt positionOf(String questionId) {
        return IntStream.range(0, items.size())
                .filter(i -> items.get(i).questionId().equals(questionId))
                .findFirst();
    }

    /** Position of a question in this attempt; a question that is not in it is "not found". */
    int requirePosition(String questionId) {
        return positionOf(questionId)
                .orElseThrow(() -> new NotFoundException("question " + questionId + " in attempt " + id));
    }

    boolean belongsTo(long user) {
        return userId == user;
    }

    boolean inProgress() {
        return state == AttemptState.IN_PROGRESS;
    }

    /** Score out of 100, counting unanswered questions as 0. */
    double percent() {
        return questionCount == 0 ? 0 : 100.0 * score / questionCount;
    }

    UUID id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String quizId() {
        return quizId;
    }

    AttemptMode mode() {
        return mode;
    }

    AttemptState state() {
        return state;
    }

    long seed() {
        return seed;
    }

    int questionCount() {
        return questionCount;
    }

    int answeredCount() {
        return answeredCount;
    }

    double score() {
        return score;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    Long assignmentId() {
        return assignmentId;
    }

    int attemptNumber() {
        return attemptNumber;
    }

    Instant deadline() {
        return deadline;
    }

    boolean immediateFeedback() {
        return immediateFeedback;
    }

    List<AttemptItem> items() {
        return items;
    }
}
