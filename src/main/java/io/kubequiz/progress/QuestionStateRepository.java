package io.kubequiz.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionStateRepository extends JpaRepository<QuestionState, QuestionState.Key> {

    List<QuestionState> findByUserId(long userId);
}
