package io.kubequiz.attempt;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, UUID> {

    /**
     * The attempt with its questions, in one query. A fetch join rather than an entity graph: Hibernate keeps the SQL
     * of this query, where it translated it again at each call with a graph (a question page reads it every time).
     */
    @Query("select a from Attempt a left join fetch a.items where a.id = :id")
    Optional<Attempt> findWithItems(UUID id);

    /** Locks the attempt row, so that two submissions of the same answer are recorded one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> findForUpdate(UUID id);

    /** The learner's open free-practice attempts at a quiz (not those of assignments). */
    @Query("select a from Attempt a where a.userId = :userId and a.quizId = :quizId and a.assignmentId is null"
            + " and a.state = io.kubequiz.attempt.AttemptState.IN_PROGRESS order by a.startedAt desc")
    List<Attempt> findPracticeInProgress(long userId, String quizId);

    /** The learner's attempts at an assignment, first first. */
    @Query("select a from Attempt a where a.userId = :userId and a.assignmentId = :assignmentId"
            + " order by a.attemptNumber")
    List<Attempt> findAssigned(long userId, long assignmentId);

    @Query("select count(a) from Attempt a where a.userId = :userId and a.assignmentId = :assignmentId")
    long countAssigned(long userId, long assignmentId);

    /** The learner's attempts at any assignment, in the order taken. */
    @Query("select a from Attempt a where a.userId = :userId and a.assignmentId is not null order by a.startedAt")
    List<Attempt> findAllAssigned(long userId);

    @Query("select a from Attempt a where a.assignmentId = :assignmentId"
            + " and a.state = io.kubequiz.attempt.AttemptState.IN_PROGRESS")
    List<Attempt> findInProgressAt(long assignmentId);

    /** Attempts in progress whose deadline is before {@code limit}. */
    @Query("select a.id from Attempt a where a.state = io.kubequiz.attempt.AttemptState.IN_PROGRESS"
            + " and a.deadline < :limit order by a.deadline")
    List<UUID> findOverdue(Instant limit, Pageable page);

    @Query("select a from Attempt a where a.userId = :userId order by a.startedAt desc")
    List<Attempt> findByUser(long userId);

    /**
     * Per quiz, in free practice: the best finished score (0–100) and whether an attempt is in progress, for one
     * learner.
     */
    @Query("select new io.kubequiz.attempt.QuizStanding(a.quizId,"
            + " max(case when a.state = io.kubequiz.attempt.AttemptState.SUBMITTED then 100.0 * a.score / a.questionCount end),"
            + " sum(case when a.state = io.kubequiz.attempt.AttemptState.SUBMITTED then 1 else 0 end),"
            + " sum(case when a.state = io.kubequiz.attempt.AttemptState.IN_PROGRESS then 1 else 0 end))"
            + " from Attempt a where a.userId = :userId and a.assignmentId is null group by a.quizId")
    List<QuizStanding> standings(long userId);
}
