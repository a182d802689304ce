package io.kubequiz.attempt;

import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting attempts: free practice of any quiz of the bank, "review my mistakes", and attempts at an assignment under its rules.
 * An open attempt is resumed rather than doubled.
 */
@Service
class AttemptStarts {

    /** The quiz id of "review my mistakes" attempts, which pick their own questions. */
    static final String REVIEW_QUIZ_ID = "review";

    /** Why an assignment cannot be started now. */
    enum Refusal {
        NOT_OPEN_YET,
        CLOSED,
        NO_ATTEMPTS_LEFT
    }

    /** The attempt started or resumed, or why none was. */
    record Started(UUID attemptId, Refusal refusal) {}

    private final AttemptRepository attempts;
    private final QuestionBank bank;
    private final QuizCatalog catalog;
    private final Assignments assignments;
    private final AttemptService service;
    private final AttemptMetrics metrics;
    private final Clock clock;

    AttemptStarts(
            AttemptRepository attempts,
            QuestionBank bank,
            QuizCatalog catalog,
            Assignments assignments,
            AttemptService service,
            AttemptMetrics metrics,
            Clock clock) {
        this.attempts = attempts;
        this.service = service;
        this.metrics = metrics;
        this.bank = bank;
        this.catalog = catalog;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Resumes the learner's open free-practice attempt at this quiz of the bank, or starts a new one. */
    @Transactional
    UUID start(long userId, String quizId) {
        Quiz quiz = bank.quiz(quizId).orElseThrow(() -> new NotFoundException("quiz " + quizId));
        List<Attempt> open = attempts.findPracticeInProgress(userId, quizId);
        if (!open.isEmpty()) {
            return open.get(0).id();
        }
        long seed = ThreadLocalRandom.current().nextLong();
        Attempt attempt =
                new Attempt(userId, quizId, AttemptMode.PRACTICE, seed, items(chosen(quiz, seed)), clock.instant());
        metrics.started(AttemptMode.PRACTICE);
        return attempts.save(attempt).id();
    }

    /** A new attempt over the given questions (the learner's mistakes), replacing an open review. */
    @Transactional
    UUID startReview(long userId, List<String> questionIds) {
        Instant now = clock.instant();
        attempts.findPracticeInProgress(userId, REVIEW_QUIZ_ID).forEach(a -> a.submit(now));
        long seed = ThreadLocalRandom.current().nextLong();
        List<String> shuffled = Shuffle.order(seed, REVIEW_QUIZ_ID, questionIds.size()).stream()
                .map(questionIds::get)
                .toList();
        Attempt attempt = new Attempt(userId, REVIEW_QUIZ_ID, AttemptMode.PRACTICE, seed, items(shuffled), now);
        metrics.started(AttemptMode.PRACTICE);
        return attempts.save(attempt).id();
    }

    /**
     * Resumes the learner's open attempt at an assignment of one of their classes, or starts one if its dates and
     * attempt limit allow. Two starts at once make one attempt: the second fails on the unique attempt number and
     * the caller asks again.
     */
    @Transactional
    Started startAssigned(long userId, long assignmentId) {
        AssignmentRules rules = assignments
                .forLearner(assignmentId, userId)
                .orElseThrow(() -> new NotFoundException("assignment " + assignmentId + " for user " + userId));
        List<Attempt> mine = attempts.findAssigned(userId, assignmentId);
        Instant now = clock.instant();
        for (Attempt attempt : mine) {
            if (attempt.inProgress() && !service.expireIfOverdue(attempt.id(), userId)) {
                return new Started(attempt.id(), null);
            }
        }
        if (rules.notYetOpen(now)) {
            return new Started(null, Refusal.NOT_OPEN_YET);
        }
        if (rules.closed(now)) {
            return new Started(null, Refusal.CLOSED);
        }
        if (!rules.attemptsLeft(mine.size())) {
            return new Started(null, Refusal.NO_ATTEMPTS_LEFT);
        }
        Quiz quiz = catalog.quiz(rules.quizId()).orElseThrow(() -> new NotFoundException("quiz " + rules.quizId()));
        long seed = ThreadLocalRandom.current().nextLong();
        Attempt.Assigned assigned =
                new Attempt.Assigned(assignmentId, mine.size() + 1, rules.deadlineFor(now), rules.immediateFeedback());
        AttemptMode mode = rules.assessed() ? AttemptMode.ASSESSED : AttemptMode.PRACTICE;
        Attempt attempt =
                Attempt.forAssignment(userId, quiz.id(), mode, seed, items(chosen(quiz, seed)), now, assigned);
        Started started = new Started(attempts.saveAndFlush(attempt).id(), null);
        metrics.started(mode);
        return started;
    }

    private static List<String> chosen(Quiz quiz, long seed) {
        return Shuffle.order(seed, quiz.id(), quiz.questionIds().size()).stream()
                .limit(quiz.questionCount())
                .map(quiz.questionIds()::get)
                .toList();
    }

    private List<AttemptItem> items(List<String> questionIds) {
        return questionIds.stream()
                .map(id -> catalog.question(id).orElseThrow(() -> new NotFoundException("question " + id)))
                .map(q -> new AttemptItem(q.id(), q.version()))
                .toList();
    }
}
