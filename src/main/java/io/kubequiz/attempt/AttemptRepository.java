package io.kubequiz.attempt;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, UUID> {

    /** The attempt with its questions, in one query. */
    @EntityGraph(attributePaths = "items")
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> findWithItems(UUID id);

    /** Locks the attempt row, so that two submissions of the same answer are recorded one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> findForUpdate(UUID id);

    @Query(
            "select a from Attempt a where a.userId = :userId and a.quizId = :quizId and a.state = io.kubequiz.attempt.AttemptState.IN_PROGRESS"
                    + " order by a.startedAt desc")
    List<Attempt> findInProgress(long userId, String quizId);

    @Query("select a from Attempt a where a.userId = :userId order by a.startedAt desc")
    List<Attempt> findByUser(long userId);

    /** Per quiz: the best finished score (0–100) and whether an attempt is in progress, for one learner. */
    @Query("select new io.kubequiz.attempt.QuizStanding(a.quizId,"
            + " max(case when a.state = io.kubequiz.attempt.AttemptState.SUBMITTED then 100.0 * a.score / a.questionCount end),"
            + " sum(case when a.state = io.kubequiz.attempt.AttemptState.SUBMITTED then 1 else 0 end),"
            + " sum(case when a.state = io.kubequiz.attempt.AttemptState.IN_PROGRESS then 1 else 0 end))"
            + " from Attempt a where a.userId = :userId group by a.quizId")
    List<QuizStanding> standings(long userId);
}
