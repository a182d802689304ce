package io.kubequiz.interop;

import io.kubequiz.account.AccountUser;
import io.kubequiz.account.Role;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionSets;
import io.kubequiz.content.QuestionSets.SetSummary;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.system.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Quizzes as GIFT files: a built-in quiz in the language asked for, or an imported set for its owner (or an admin).
 * The file's first comment lines say which questions were left out or lost something, and why.
 */
@Service
public class GiftExports {

    /** A GIFT file ready to download. */
    public record Export(String fileName, String text) {}

    /** How much of a built-in quiz GIFT carries, for the question banks page. */
    record QuizSummary(String quizId, String title, int questions, long exported, List<String> left) {}

    private final QuestionBank bank;
    private final QuestionSets sets;
    private final QuizCatalog catalog;
    private final MessageSource messages;

    GiftExports(QuestionBank bank, QuestionSets sets, QuizCatalog catalog, MessageSource messages) {
        this.bank = bank;
        this.sets = sets;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The quiz as GIFT, or a {@link NotFoundException} when it does not exist or is another trainer's set. */
    public Export export(String quizId, Locale locale, AccountUser user) {
        Optional<Quiz> builtIn = bank.quiz(quizId);
        if (builtIn.isPresent()) {
            GiftExport export = GiftWriter.write(bank, builtIn.get(), locale);
            return new Export(quizId + "-" + locale.getLanguage() + ".gift", withNotes(export, locale));
        }
        SetSummary set = readable(quizId, user);
        GiftExport export = GiftWriter.write(set.title(), questions(set), Function.identity(), locale);
        return new Export(set.quizId() + ".gift", withNotes(export, locale));
    }

    /** An imported set, if this trainer owns it (an admin reads every set); anything else is a 404. */
    SetSummary readable(String quizId, AccountUser user) {
        return sets.summary(quizId)
                .filter(s -> s.ownerId() == user.id() || user.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("quiz " + quizId));
    }

    /** A set's questions, in file order. */
    List<Question> questions(SetSummary set) {
        Quiz quiz = catalog.quiz(set.quizId()).orElseThrow();
        return quiz.questionIds().stream()
                .map(id -> catalog.question(id).orElseThrow())
                .toList();
    }

    QuizSummary summary(Quiz quiz, Locale locale) {
        GiftExport export = GiftWriter.write(bank, quiz, locale);
        return new QuizSummary(
                quiz.id(),
                quiz.title().in(locale),
                quiz.questionIds().size(),
                export.notes().size() - export.count(GiftExport.Status.NOT_EXPORTED),
                export.notes().stream()
                        .filter(n -> n.status() == GiftExport.Status.NOT_EXPORTED)
                        .map(GiftExport.Note::questionId)
                        .toList());
    }

    /** The notes of what was left out or lost, as comment lines Moodle skips, before the questions. */
    private String withNotes(GiftExport export, Locale locale) {
        StringBuilder head = new StringBuilder();
        for (GiftExport.Note note : export.notes()) {
            if (note.status() == GiftExport.Status.EXPORTED) {
                continue;
            }
            String what =
                    messages.getMessage("gift.note." + note.status().name(), new Object[] {note.questionId()}, locale);
            for (GiftMessage reason : note.reasons()) {
                String text = messages.getMessage(reason.key(), reason.arguments(), locale);
                head.append("// ").append(oneLine(what + " " + text)).append('\n');
            }
        }
        return head.isEmpty() ? export.text() : head + "\n" + export.text();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
