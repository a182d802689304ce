package io.kubequiz.attempt;

import io.kubequiz.content.Answer;
import io.kubequiz.content.Grade;
import io.kubequiz.content.InvalidAnswerException;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering and finishing attempts. The attempt row is locked for every write, so that replays and two tabs are
 * applied one after the other; the deadline is checked on the server at each write. Every query is by primary key
 * or a bounded index, so one answer costs a constant number of statements.
 */
@Service
class AttemptService {

    /** How many overdue attempts one expiry pass ends. */
    private static final int EXPIRY_BATCH = 200;

    /** What became of an answer. */
    enum Recording {
        RECORDED,
        /** A blank answer with deferred feedback: nothing to save, the learner moves on. */
        BLANK,
        /** The question was answered already and its feedback shown: the first answer stands. */
        ALREADY_RECORDED,
        /** The time ran out: the answer is refused and the attempt has ended as it stood. */
        TOO_LATE
    }

    /** What became of a request to finish. */
    enum Finish {
        SUBMITTED,
        ALREADY_FINISHED,
        EXPIRED
    }

    private final AttemptRepository attempts;
    private final ResponseRepository responses;
    private final QuestionVersions versions;
    private final ApplicationEventPublisher events;
    private final AttemptMetrics metrics;
    private final Clock clock;

    AttemptService(
            AttemptRepository attempts,
            ResponseRepository responses,
            QuestionVersions versions,
            ApplicationEventPublisher events,
            AttemptMetrics metrics,
            Clock clock) {
        this.attempts = attempts;
        this.responses = responses;
        this.versions = versions;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The learner's own attempt with its answers; anyone else's is "not found". */
    @Transactional(readOnly = true)
    AttemptSnapshot snapshot(UUID attemptId, long userId) {
        Attempt attempt = attempts.findWithItems(attemptId)
                .filter(a -> a.belongsTo(userId))
                .orElseThrow(() -> notFound(attemptId));
        return new AttemptSnapshot(attempt, responses.findByAttemptId(attemptId));
    }

    /** What became of an answer, with the attempt as it stands after it (its items loaded). */
    record Answered(Recording recording, Attempt attempt) {}

    /**
     * Reads the answer from the question form's fields, grades and records it. With immediate feedback a second
     * answer to the same question records nothing and says so; with deferred feedback it replaces the first until
     * submission. A malformed answer (or a blank one with immediate feedback) throws {@link InvalidAnswerException}
     * before anything is written; an answer after the deadline (and its grace) ends the attempt instead.
     *
     * <p>The form is read here, under the attempt's row lock, rather than from a snapshot taken before: the answer
     * (the hot path under a class) then costs one read of the attempt instead of two, and no read of all its answers.
     */
    @Transactional
    Answered answer(UUID attemptId, long userId, String questionId, Map<String, String[]> form) {
        Attempt attempt = lockOwn(attemptId, userId);
        return new Answered(record(attempt, questionId, form), attempt);
    }

    private Recording record(Attempt attempt, String questionId, Map<String, String[]> form) {
        UUID attemptId = attempt.id();
        int position = attempt.requirePosition(questionId);
        Optional<Response> earlier = responses.findByAttemptIdAndQuestionId(attemptId, questionId);
        if (attempt.immediateFeedback() && earlier.isPresent()) {
            return Recording.ALREADY_RECORDED;
        }
        AttemptItem item = attempt.items().get(position);
        Question question = versions.shown(item.questionId(), item.questionVersion());
        Answer answer = AnswerReader.read(QuestionLayout.of(question, attempt.seed()), form);
        if (answer.isBlank()) {
            if (attempt.immediateFeedback()) {
                throw new InvalidAnswerException("answer.required");
            }
            return Recording.BLANK;
        }
        if (!attempt.inProgress()) {
            throw new IllegalAttemptStateException(attempt.state(), "answer");
        }
        Instant now = clock.instant();
        if (attempt.overdue(now)) {
            end(attempt, Finish.EXPIRED, now);
            return Recording.TOO_LATE;
        }
        Grade grade = metrics.grade(() -> question.grade(answer));
        metrics.answered(grade);
        if (earlier.isPresent()) {
            attempt.replaceAnswer(earlier.get().score(), grade.score());
            earlier.get().replace(answer.encode(), grade.score(), now);
            return Recording.RECORDED;
        }
        Response response = new Response(attemptId, item, answer.encode(), grade.score(), now);
        responses.save(response);
        attempt.recordAnswer(grade.score());
        if (attempt.immediateFeedback()) {
            events.publishEvent(new AnswerRecorded(
                    attemptId, attempt.userId(), item.questionId(), item.questionVersion(), grade.score(), now));
        }
        return Recording.RECORDED;
    }

    /** Finishes the attempt, or ends it as it stood if its time ran out; finishing it again changes nothing. */
    @Transactional
    Finish submit(UUID attemptId, long userId) {
        Attempt attempt = lockOwn(attemptId, userId);
        if (!attempt.inProgress()) {
            return Finish.ALREADY_FINISHED;
        }
        Instant now = clock.instant();
        Finish how = attempt.overdue(now) ? Finish.EXPIRED : Finish.SUBMITTED;
        end(attempt, how, now);
        return how;
    }

    /** Ends the learner's attempt if its time ran out; true when it is (now) expired. */
    @Transactional
    boolean expireIfOverdue(UUID attemptId, long userId) {
        Attempt attempt = lockOwn(attemptId, userId);
        Instant now = clock.instant();
        if (attempt.inProgress() && attempt.overdue(now)) {
            end(attempt, Finish.EXPIRED, now);
        }
        return attempt.state() == AttemptState.EXPIRED;
    }

    /** Ends every attempt whose time ran out, even if its learner never comes back; returns how many. */
    @Transactional
    int expireOverdue() {
        Instant now = clock.instant();
        List<UUID> overdue = attempts.findOverdue(now.minus(Attempt.GRACE), PageRequest.of(0, EXPIRY_BATCH));
        int expired = 0;
        for (UUID id : overdue) {
            Attempt attempt = attempts.findForUpdate(id).orElseThrow();
            if (attempt.inProgress() && attempt.overdue(now)) {
                end(attempt, Finish.EXPIRED, now);
                expired++;
            }
        }
        return expired;
    }

    /**
     * Moves the attempt to its final state. With deferred feedback the answers become final only now, so progress
     * hears of them now.
     */
    void end(Attempt attempt, Finish how, Instant now) {
        if (how == Finish.EXPIRED) {
            attempt.expire();
        } else {
            attempt.submit(now);
        }
        metrics.ended(attempt.mode(), how == Finish.EXPIRED);
        if (!attempt.immediateFeedback()) {
            for (Response r : responses.findByAttemptId(attempt.id())) {
                events.publishEvent(new AnswerRecorded(
                        attempt.id(),
                        attempt.userId(),
                        r.questionId(),
                        r.questionVersion(),
                        r.score(),
                        r.answeredAt()));
            }
        }
        events.publishEvent(new AttemptSubmitted(
                attempt.id(), attempt.userId(), attempt.quizId(), attempt.percent(), attempt.finishedAt()));
    }

    private Attempt lockOwn(UUID attemptId, long userId) {
        return attempts.findForUpdate(attemptId)
                .filter(a -> a.belongsTo(userId))
                .orElseThrow(() -> notFound(attemptId));
    }

    private static NotFoundException notFound(UUID attemptId) {
        return new NotFoundException("attempt " + attemptId);
    }
}
