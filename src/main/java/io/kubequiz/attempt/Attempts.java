package io.kubequiz.attempt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of attempts: a learner's history, and a practice attempt over chosen questions. */
@Service
public class Attempts {

    /** One attempt as the learner's history shows it. */
    public record AttemptLine(
            UUID id,
            String quizId,
            AttemptState state,
            int questionCount,
            int answeredCount,
            double percent,
            Instant startedAt,
            Instant finishedAt) {}

    private final AttemptRepository attempts;
    private final AttemptStarts starts;

    Attempts(AttemptRepository attempts, AttemptStarts starts) {
        this.attempts = attempts;
        this.starts = starts;
    }

    @Transactional(readOnly = true)
    public List<AttemptLine> history(long userId) {
        return attempts.findByUser(userId).stream()
                .map(a -> new AttemptLine(
                        a.id(),
                        a.quizId(),
                        a.state(),
                        a.questionCount(),
                        a.answeredCount(),
                        a.percent(),
                        a.startedAt(),
                        a.finishedAt()))
                .toList();
    }

    /** Starts a "review my mistakes" practice attempt over these questions. */
    public UUID startReview(long userId, List<String> questionIds) {
        return starts.startReview(userId, questionIds);
    }
}
