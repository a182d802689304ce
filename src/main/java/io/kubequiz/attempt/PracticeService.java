package io.kubequiz.attempt;

import io.kubequiz.content.Answer;
import io.kubequiz.content.Grade;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.content.Quiz;
import io.kubequiz.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice attempts: start (or resume), answer one question at a time with immediate grading, finish. Every query
 * is by primary key or a bounded index, so one page or one answer costs a constant number of statements.
 */
@Service
class PracticeService {

    /** The quiz id of "review my mistakes" attempts, which pick their own questions. */
    static final String REVIEW_QUIZ_ID = "review";

    private final AttemptRepository attempts;
    private final ResponseRepository responses;
    private final QuestionBank bank;
    private final QuestionVersions versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeService(
            AttemptRepository attempts,
            ResponseRepository responses,
            QuestionBank bank,
            QuestionVersions versions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.attempts = attempts;
        this.responses = responses;
        this.bank = bank;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /** Resumes the learner's open attempt at this quiz, or starts a new one. */
    @Transactional
    UUID start(long userId, String quizId) {
        Quiz quiz = bank.quiz(quizId).orElseThrow(() -> new NotFoundException("quiz " + quizId));
        List<Attempt> open = attempts.findInProgress(userId, quizId);
        if (!open.isEmpty()) {
            return open.get(0).id();
        }
        long seed = ThreadLocalRandom.current().nextLong();
        List<Integer> order = Shuffle.order(seed, quizId, quiz.questionIds().size());
        List<String> chosen = order.stream()
                .limit(quiz.questionCount())
                .map(quiz.questionIds()::get)
                .toList();
        return create(userId, quizId, seed, chosen);
    }

    /** A new attempt over the given questions (the learner's mistakes), replacing an open review. */
    @Transactional
    UUID startReview(long userId, List<String> questionIds) {
        attempts.findInProgress(userId, REVIEW_QUIZ_ID).forEach(a -> a.submit(clock.instant()));
        long seed = ThreadLocalRandom.current().nextLong();
        List<String> shuffled = Shuffle.order(seed, REVIEW_QUIZ_ID, questionIds.size()).stream()
                .map(questionIds::get)
                .toList();
        return create(userId, REVIEW_QUIZ_ID, seed, shuffled);
    }

    private UUID create(long userId, String quizId, long seed, List<String> questionIds) {
        List<AttemptItem> items = questionIds.stream()
                .map(id -> bank.question(id).orElseThrow(() -> new NotFoundException("question " + id)))
                .map(q -> new AttemptItem(q.id(), q.version()))
                .toList();
        Attempt attempt = new Attempt(userId, quizId, AttemptMode.PRACTICE, seed, items, clock.instant());
        return attempts.save(attempt).id();
    }

    /** The learner's own attempt with its answers; anyone else's is "not found". */
    @Transactional(readOnly = true)
    AttemptSnapshot snapshot(UUID attemptId, long userId) {
        Attempt attempt = attempts.findWithItems(attemptId)
                .filter(a -> a.belongsTo(userId))
                .orElseThrow(() -> new NotFoundException("attempt " + attemptId));
        return new AttemptSnapshot(attempt, responses.findByAttemptId(attemptId));
    }

    /**
     * Grades and records an answer. A second submission of an answered question records nothing and says so; a
     * malformed answer throws before anything is written.
     */
    @Transactional
    Recording answer(UUID attemptId, long userId, String questionId, Answer answer) {
        Attempt attempt = attempts.findForUpdate(attemptId)
                .filter(a -> a.belongsTo(userId))
                .orElseThrow(() -> new NotFoundException("attempt " + attemptId));
        int position = attempt.requirePosition(questionId);
        if (responses.findByAttemptIdAndQuestionId(attemptId, questionId).isPresent()) {
            return Recording.ALREADY_RECORDED;
        }
        if (!attempt.inProgress()) {
            throw new IllegalAttemptStateException(attempt.state(), "answer");
        }
        AttemptItem item = attempt.items().get(position);
        Question question = versions.shown(item.questionId(), item.questionVersion());
        Grade grade = question.grade(answer);
        Response response = new Response(attemptId, item, answer.encode(), grade.score(), clock.instant());
        responses.save(response);
        attempt.recordAnswer(grade.score());
        events.publishEvent(new AnswerRecorded(
                attemptId, userId, item.questionId(), item.questionVersion(), grade.score(), response.answeredAt()));
        return Recording.RECORDED;
    }

    /** Finishes the attempt; finishing it again changes nothing. */
    @Transactional
    void submit(UUID attemptId, long userId) {
        Attempt attempt = attempts.findForUpdate(attemptId)
                .filter(a -> a.belongsTo(userId))
                .orElseThrow(() -> new NotFoundException("attempt " + attemptId));
        if (!attempt.inProgress()) {
            return;
        }
        attempt.submit(clock.instant());
        events.publishEvent(
                new AttemptSubmitted(attemptId, userId, attempt.quizId(), attempt.percent(), attempt.finishedAt()));
    }

    enum Recording {
        RECORDED,
        ALREADY_RECORDED
    }
}
