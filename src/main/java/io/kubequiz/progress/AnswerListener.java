package io.kubequiz.progress;

import io.kubequiz.attempt.AnswerRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each learner's per-question state from the answers recorded. It runs in the transaction that records the
 * answer, so an acknowledged answer and the progress it makes are committed together.
 */
@Component
class AnswerListener {

    private final QuestionStateRepository states;

    AnswerListener(QuestionStateRepository states) {
        this.states = states;
    }

    @EventListener
    void on(AnswerRecorded answer) {
        QuestionState state = states.findById(new QuestionState.Key(answer.userId(), answer.questionId()))
                .orElseGet(() -> new QuestionState(answer.userId(), answer.questionId()));
        state.record(answer.score(), answer.answeredAt());
        states.save(state);
    }
}
