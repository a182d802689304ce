package io.kubequiz.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded answer to one question of an attempt, graded against the version shown. */
@Entity
@Table(name = "attempt_response")
class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private UUID attemptId;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Column(name = "question_version", nullable = false, length = 16)
    private String questionVersion;

    @Column(name = "answer_text", nullable = false, length = 2000)
    private String answerText;

    @Column(nullable = false)
    private double score;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Response() {}

    Response(UUID attemptId, AttemptItem item, String answerText, double score, Instant answeredAt) {
        this.attemptId = attemptId;
        this.questionId = item.questionId();
        this.questionVersion = item.questionVersion();
        this.answerText = answerText;
        this.score = score;
        this.answeredAt = answeredAt;
    }

    /** A changed answer, before submission of an attempt with deferred feedback. */
    void replace(String newAnswerText, double newScore, Instant at) {
        this.answerText = newAnswerText;
        this.score = newScore;
        this.answeredAt = at;
    }

    String questionId() {
        return questionId;
    }

    String questionVersion() {
        return questionVersion;
    }

    String answerText() {
        return answerText;
    }

    double score() {
        return score;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
