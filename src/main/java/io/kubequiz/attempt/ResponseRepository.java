package io.kubequiz.attempt;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseRepository extends JpaRepository<Response, Long> {

    List<Response> findByAttemptId(UUID attemptId);

    Optional<Response> findByAttemptIdAndQuestionId(UUID attemptId, String questionId);
}
