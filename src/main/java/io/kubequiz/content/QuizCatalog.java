package io.kubequiz.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Every quiz an assignment can name: the bank's, and the question sets trainers imported. Free practice offers only
 * the bank's; a set is assigned only by its owner.
 */
@Service
public class QuizCatalog {

    private final QuestionBank bank;
    private final QuestionSets sets;

    QuizCatalog(QuestionBank bank, QuestionSets sets) {
        this.bank = bank;
        this.sets = sets;
    }

    public Optional<Quiz> quiz(String id) {
        Optional<Quiz> builtIn = bank.quiz(id);
        return builtIn.isPresent() ? builtIn : sets.quiz(id);
    }

    /** The current version of a question, from the bank or an imported set. */
    public Optional<Question> question(String id) {
        Optional<Question> builtIn = bank.question(id);
        return builtIn.isPresent() ? builtIn : sets.question(id);
    }

    /** A quiz's title in this language, or its id when it no longer exists (old attempts stay readable). */
    public String quizTitle(String id, Locale locale) {
        return quiz(id).map(q -> q.title().in(locale)).orElse(id);
    }

    /** The quizzes a trainer may assign: the bank's, then their own sets, newest first. */
    public List<Quiz> assignableBy(long trainerId) {
        List<Quiz> quizzes = new ArrayList<>(bank.quizzes());
        sets.ownedBy(trainerId).forEach(s -> sets.quiz(s.quizId()).ifPresent(quizzes::add));
        return quizzes;
    }

    public boolean assignableBy(String quizId, long trainerId) {
        return bank.quiz(quizId).isPresent()
                || sets.summary(quizId).filter(s -> s.ownerId() == trainerId).isPresent();
    }
}
