package io.kubequiz.attempt;

import io.kubequiz.content.Answer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of attempts: a learner's history, a practice attempt over chosen questions, and the
 * import of attempts taken earlier.
 */
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

    /** A question of an imported attempt, in the order shown; a null answer leaves it unanswered. */
    public record ImportedQuestion(String questionId, Answer answer, Instant answeredAt) {}

    /**
     * An attempt at an assignment taken earlier, with its own times: the questions in the order shown (as many as
     * the quiz shows), the seed that orders their options, and {@code finishedAt} null when it is still in progress.
     */
    public record ImportedAttempt(
            long userId,
            long assignmentId,
            long seed,
            Instant startedAt,
            Instant finishedAt,
            List<ImportedQuestion> questions) {

        public ImportedAttempt {
            questions = List.copyOf(questions);
        }
    }

    private final AttemptRepository attempts;
    private final AttemptStarts starts;
    private final AttemptImport imports;

    Attempts(AttemptRepository attempts, AttemptStarts starts, AttemptImport imports) {
        this.attempts = attempts;
        this.starts = starts;
        this.imports = imports;
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

    /**
     * Writes an attempt taken earlier (the demo's, or one brought from elsewhere) with its own times, graded here
     * and with the same events as a real one, so progress ends up as if the learner had answered here. Throws
     * {@link IllegalArgumentException} for anything the assignment's rules would have refused.
     */
    public UUID importAttempt(ImportedAttempt attempt) {
        return imports.importAttempt(attempt).id();
    }

    /** Starts a "review my mistakes" practice attempt over these questions. */
    public UUID startReview(long userId, List<String> questionIds) {
        return starts.startReview(userId, questionIds);
    }
}
