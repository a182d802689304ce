package io.kubequiz.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A learner's latest result on one question, and how often they answered it (right). */
@Entity
@Table(name = "progress_question_state")
@IdClass(QuestionState.Key.class)
class QuestionState implements Persistable<QuestionState.Key> {

    record Key(long userId, String questionId) implements Serializable {}

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "question_id", length = 80)
    private String questionId;

    @Column(name = "last_score", nullable = false)
    private double lastScore;

    @Column(name = "last_answered_at", nullable = false)
    private Instant lastAnsweredAt;

    @Column(name = "answer_count", nullable = false)
    private int answerCount;

    @Column(name = "correct_count", nullable = false)
    private int correctCount;

    /** Assigned ids: tell Spring Data which states are new, so saving one is an insert, not a merge. */
    @Transient
    private boolean fresh = true;

    protected QuestionState() {}

    QuestionState(long userId, String questionId) {
        this.userId = userId;
        this.questionId = questionId;
    }

    /** Takes in an answer; an answer older than the latest one known only adds to the counts. */
    void record(double score, Instant answeredAt) {
        answerCount++;
        if (score >= 1) {
            correctCount++;
        }
        if (lastAnsweredAt == null || !answeredAt.isBefore(lastAnsweredAt)) {
            lastScore = score;
            lastAnsweredAt = answeredAt;
        }
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }

    @Override
    public Key getId() {
        return new Key(userId, questionId);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    String questionId() {
        return questionId;
    }

    double lastScore() {
        return lastScore;
    }

    Instant lastAnsweredAt() {
        return lastAnsweredAt;
    }
}
