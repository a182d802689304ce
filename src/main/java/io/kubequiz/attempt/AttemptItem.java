package io.kubequiz.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question of an attempt, with the version that was shown. */
@Embeddable
record AttemptItem(
        @Column(name = "question_id", nullable = false, length = 80)
        String questionId,

        @Column(name = "question_version", nullable = false, length = 16)
        String questionVersion) {}
