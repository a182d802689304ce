package io.kubequiz.attempt;

import io.kubequiz.attempt.Attempts.ImportedAttempt;
import io.kubequiz.attempt.Attempts.ImportedQuestion;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.content.Grade;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Quiz;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an attempt that was taken earlier, with its own times, as if the learner had taken it here: the same rows,
 * the same grading against the bank's current version, the same events in the same order (each answer's
 * {@link AnswerRecorded} when feedback is immediate, all of them at submission when it is deferred, then
 * {@link AttemptSubmitted}), so that progress ends up as in real use. Anything the assignment's rules would not
 * have allowed is refused with an {@link IllegalArgumentException}.
 */
@Service
class AttemptImport {

    private final AttemptRepository attempts;
    private final ResponseRepository responses;
    private final QuestionBank bank;
    private final Assignments assignments;
    private final AttemptService service;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttemptImport(
            AttemptRepository attempts,
            ResponseRepository responses,
            QuestionBank bank,
            Assignments assignments,
            AttemptService service,
            ApplicationEventPublisher events,
            Clock clock) {
        this.attempts = attempts;
        this.responses = responses;
        this.bank = bank;
        this.assignments = assignments;
        this.service = service;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Attempt importAttempt(ImportedAttempt imported) {
        Instant now = clock.instant();
        long userId = imported.userId();
        AssignmentRules rules = assignments
                .forLearner(imported.assignmentId(), userId)
                .orElseThrow(() -> refused("the learner is not in the class of assignment " + imported.assignmentId()));
        Quiz quiz = bank.quiz(rules.quizId()).orElseThrow(() -> refused("unknown quiz " + rules.quizId()));
        List<ImportedQuestion> questions = imported.questions();
        checkQuestions(quiz, questions);

        Instant startedAt = imported.startedAt();
        if (startedAt.isAfter(now) || !rules.openAt(startedAt)) {
            throw refused("the assignment was not open at " + startedAt);
        }
        List<Attempt> earlier = attempts.findAssigned(userId, imported.assignmentId());
        if (!rules.attemptsLeft(earlier.size())) {
            throw refused("no attempt left");
        }
        for (Attempt attempt : earlier) {
            if (attempt.inProgress() || attempt.finishedAt().isAfter(startedAt)) {
                throw refused("an earlier attempt was not finished at " + startedAt);
            }
        }
        Instant deadline = rules.deadlineFor(startedAt);
        Instant finishedAt = imported.finishedAt();
        Instant end = finishedAt == null ? now : finishedAt;
        if (end.isBefore(startedAt) || end.isAfter(now)) {
            throw refused("finished before it started, or in the future");
        }
        if (deadline != null && end.isAfter(deadline.plus(Attempt.GRACE))) {
            throw refused("its time ran out at " + deadline);
        }
        for (ImportedQuestion q : questions) {
            if (q.answer() != null
                    && (q.answeredAt().isBefore(startedAt) || q.answeredAt().isAfter(end))) {
                throw refused("question " + q.questionId() + " answered outside the attempt");
            }
        }

        List<AttemptItem> items = questions.stream()
                .map(q -> new AttemptItem(q.questionId(), question(q).version()))
                .toList();
        Attempt.Assigned assigned =
                new Attempt.Assigned(imported.assignmentId(), earlier.size() + 1, deadline, rules.immediateFeedback());
        AttemptMode mode = rules.assessed() ? AttemptMode.ASSESSED : AttemptMode.PRACTICE;
        Attempt attempt = attempts.saveAndFlush(
                Attempt.forAssignment(userId, quiz.id(), mode, imported.seed(), items, startedAt, assigned));

        List<ImportedQuestion> answered = questions.stream()
                .filter(q -> q.answer() != null)
                .sorted(Comparator.comparing(ImportedQuestion::answeredAt))
                .toList();
        for (ImportedQuestion q : answered) {
            AttemptItem item = attempt.items().get(attempt.requirePosition(q.questionId()));
            Grade grade = question(q).grade(q.answer());
            responses.save(new Response(attempt.id(), item, q.answer().encode(), grade.score(), q.answeredAt()));
            attempt.recordAnswer(grade.score());
            if (attempt.immediateFeedback()) {
                events.publishEvent(new AnswerRecorded(
                        attempt.id(),
                        userId,
                        item.questionId(),
                        item.questionVersion(),
                        grade.score(),
                        q.answeredAt()));
            }
        }
        if (finishedAt != null) {
            service.end(attempt, AttemptService.Finish.SUBMITTED, finishedAt);
        }
        return attempt;
    }

    private void checkQuestions(Quiz quiz, List<ImportedQuestion> questions) {
        Set<String> seen = new HashSet<>();
        for (ImportedQuestion q : questions) {
            if (!quiz.questionIds().contains(q.questionId()) || !seen.add(q.questionId())) {
                throw refused("question " + q.questionId() + " is not a new question of quiz " + quiz.id());
            }
        }
        if (questions.size() != quiz.questionCount()) {
            throw refused("an attempt at " + quiz.id() + " shows " + quiz.questionCount() + " questions");
        }
    }

    private Question question(ImportedQuestion q) {
        return bank.question(q.questionId()).orElseThrow(() -> refused("unknown question " + q.questionId()));
    }

    private static IllegalArgumentException refused(String why) {
        return new IllegalArgumentException("attempt not imported: " + why);
    }
}
