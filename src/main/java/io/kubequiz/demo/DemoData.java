package io.kubequiz.demo;

import io.kubequiz.account.AccountUser;
import io.kubequiz.account.Accounts;
import io.kubequiz.account.Accounts.DemoAccount;
import io.kubequiz.account.Role;
import io.kubequiz.attempt.Attempts;
import io.kubequiz.attempt.Attempts.ImportedAttempt;
import io.kubequiz.attempt.Attempts.ImportedQuestion;
import io.kubequiz.classroom.AssignmentMode;
import io.kubequiz.classroom.AssignmentRules;
import io.kubequiz.classroom.Assignments;
import io.kubequiz.classroom.Classrooms;
import io.kubequiz.classroom.GradingMethod;
import io.kubequiz.classroom.ReviewTiming;
import io.kubequiz.content.Answer;
import io.kubequiz.content.Difficulty;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionType;
import io.kubequiz.content.Quiz;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with a demo class: a trainer, 30 learners, three assignments and their attempts. Learners
 * differ in ability and questions in difficulty; a learner gets a question right with probability
 * {@code logistic(ability - difficulty)}, gets better from one attempt to the next, and when wrong gives a plausible
 * wrong answer, for some questions mostly the same one (a common misconception). Every answer is graded by its
 * question, and attempts are written through the attempt module with the events of real use, so progress is as if
 * the learners had answered here. The answers are the same on every run; the dates follow the clock.
 */
@Service
@ConditionalOnProperty(name = "kubequiz.demo", havingValue = "true")
class DemoData {

    static final String TRAINER = "demo-trainer";
    static final String LEARNER_PREFIX = "demo-learner-";
    static final int LEARNERS = 30;
    static final String CLASS_NAME = "Démo — MicroK8s réseau";
    static final String PRACTICE_QUIZ = "golden-rules";
    static final String CLOSED_QUIZ = "dns-names";
    static final String OPEN_QUIZ = "service-types";

    /** What was created; {@code created} false when the database was not empty. */
    record Outcome(boolean created, int learners, int attempts, int answers) {

        static final Outcome REFUSED = new Outcome(false, 0, 0, 0);
    }

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long SEED = 20_260_707L;

    private static final List<String> NAMES = List.of(
            "Camille Martin",
            "Lucas Bernard",
            "Chloé Dubois",
            "Hugo Thomas",
            "Inès Robert",
            "Nathan Petit",
            "Léa Durand",
            "Yanis Leroy",
            "Manon Moreau",
            "Théo Simon",
            "Sarah Laurent",
            "Adam Lefebvre",
            "Emma Michel",
            "Louis Garcia",
            "Jade David",
            "Gabriel Bertrand",
            "Zoé Roux",
            "Raphaël Vincent",
            "Lina Fournier",
            "Arthur Morel",
            "Nour Girard",
            "Mathis André",
            "Alice Mercier",
            "Ethan Blanc",
            "Louise Guérin",
            "Noah Faure",
            "Clara Rousseau",
            "Sacha N’Diaye",
            "Eva Nguyen",
            "Paul Lambert");

    private final Accounts accounts;
    private final Classrooms classrooms;
    private final Assignments assignments;
    private final Attempts attempts;
    private final QuestionBank bank;
    private final Clock clock;
    private final ZoneId zone;

    DemoData(
            Accounts accounts,
            Classrooms classrooms,
            Assignments assignments,
            Attempts attempts,
            QuestionBank bank,
            Clock clock,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.accounts = accounts;
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.attempts = attempts;
        this.bank = bank;
        this.clock = clock;
        this.zone = zone;
    }

    /** Creates the demo data in one transaction, or logs why not and creates nothing. */
    @Transactional
    Outcome fillIfEmpty() {
        long users = accounts.countBesidesFirstStartAdmin();
        long classes = classrooms.countAll();
        if (users > 0 || classes > 0) {
            log.warn(
                    "Demo data refused: the database already has data ({} accounts besides admin, {} classes);"
                            + " demo mode only fills an empty database.",
                    users,
                    classes);
            return Outcome.REFUSED;
        }
        return new Seeding(clock.instant().truncatedTo(ChronoUnit.SECONDS)).run();
    }

    static String learnerName(int number) {
        return LEARNER_PREFIX + (number < 10 ? "0" : "") + number;
    }

    /** One learner of the class: their account and how able they are (a standard normal scale). */
    private record Learner(AccountUser account, double ability) {}

    /** One run: the answers come from one seeded random sequence, the times from another. */
    private final class Seeding {

        private final Instant now;
        private final Random answers = new Random(SEED);
        private final Random times = new Random(SEED + 1);
        private final Map<String, Double> difficulty = new HashMap<>();
        private final Set<String> misconceived = new HashSet<>();
        private int attemptCount;
        private int answerCount;
        /** How many answers were right so far, to tell how an attempt went. */
        private int answerRight;

        Seeding(Instant now) {
            this.now = now;
        }

        Outcome run() {
            Instant accountsCreated = at(-11, 10, 0);
            List<DemoAccount> demoAccounts = new ArrayList<>();
            demoAccounts.add(new DemoAccount(TRAINER, "Demo Trainer", Role.TRAINER, at(-12, 9, 0)));
            for (int i = 1; i <= LEARNERS; i++) {
                demoAccounts.add(new DemoAccount(
                        learnerName(i), NAMES.get(i - 1), Role.STUDENT, accountsCreated.plusSeconds(40L * i)));
            }
            List<AccountUser> created = accounts.createDemoAccountsWithPublicPasswords(demoAccounts);
            AccountUser trainer = created.get(0);

            long classId = classrooms.createFor(trainer.id(), CLASS_NAME, accountsCreated.minus(Duration.ofHours(1)));
            List<Learner> learners = new ArrayList<>();
            for (int i = 1; i <= LEARNERS; i++) {
                AccountUser account = created.get(i);
                classrooms.enrol(classId, account.id(), accountsCreated.plusSeconds(40L * i + 30));
                learners.add(new Learner(account, 0.2 + answers.nextGaussian()));
            }

            AssignmentRules practice = assignments.createFor(
                    classId,
                    PRACTICE_QUIZ,
                    AssignmentMode.PRACTICE,
                    at(-10, 9, 0),
                    null,
                    null,
                    null,
                    GradingMethod.HIGHEST,
                    ReviewTiming.IMMEDIATELY,
                    at(-10, 8, 30));
            AssignmentRules closed = assignments.createFor(
                    classId,
                    CLOSED_QUIZ,
                    AssignmentMode.ASSESSED,
                    at(-8, 9, 0),
                    at(-1, 18, 0),
                    2,
                    20,
                    GradingMethod.HIGHEST,
                    ReviewTiming.AFTER_CLOSE,
                    at(-8, 8, 30));
            AssignmentRules open = assignments.createFor(
                    classId,
                    OPEN_QUIZ,
                    AssignmentMode.ASSESSED,
                    at(-3, 9, 0),
                    at(4, 18, 0),
                    3,
                    null,
                    GradingMethod.HIGHEST,
                    ReviewTiming.AFTER_SUBMISSION,
                    at(-3, 8, 30));
            rateQuestions(List.of(practice, closed, open));

            List<Learner> shuffled = new ArrayList<>(learners);
            Collections.shuffle(shuffled, answers);
            Set<Learner> neverStarted = Set.of(shuffled.get(0), shuffled.get(1));
            Learner busyAgain = shuffled.get(2);
            Learner busyFirst = shuffled.get(3);
            for (Learner learner : learners) {
                if (neverStarted.contains(learner)) {
                    continue;
                }
                practise(learner, practice);
                takeClosed(learner, closed);
                takeOpen(learner, open, learner == busyAgain, learner == busyFirst);
            }
            return new Outcome(true, LEARNERS, attemptCount, answerCount);
        }

        /**
         * Each question's difficulty on the learners' scale, from its {@code difficulty} plus some noise; a few choice
         * questions hold a common misconception, which makes them harder.
         */
        private void rateQuestions(List<AssignmentRules> assigned) {
            for (AssignmentRules rules : assigned) {
                int misconceivedChoices = 0;
                for (Question question : questions(quiz(rules))) {
                    double b = base(question.difficulty()) + 0.35 * answers.nextGaussian();
                    boolean hard = question.difficulty() != Difficulty.EASY;
                    if (question.type() == QuestionType.SINGLE_CHOICE && hard && misconceivedChoices < 2) {
                        misconceivedChoices++;
                        misconceived.add(question.id());
                        b += 0.6;
                    } else if (DemoAnswers.hasTypicalSlip(question)) {
                        misconceived.add(question.id());
                    }
                    difficulty.put(question.id(), b);
                }
            }
        }

        private double base(Difficulty level) {
            return switch (level) {
                case EASY -> -1.2;
                case MEDIUM -> -0.3;
                case HARD -> 0.8;
            };
        }

        /** Practice at will: one to three attempts, better each time (the feedback taught them). */
        private void practise(Learner learner, AssignmentRules rules) {
            int wanted = 1 + (answers.nextDouble() < 0.6 ? 1 : 0) + (answers.nextDouble() < 0.3 ? 1 : 0);
            Instant earliest =
                    later(rules.opensAt(), now.minus(Duration.ofDays(10))).plus(Duration.ofHours(1));
            Instant latest = now.minus(Duration.ofDays(4));
            for (int k = 0; k < wanted; k++) {
                Instant start = daytimeBetween(earliest, latest);
                if (start == null) {
                    return;
                }
                Instant end = take(learner, rules, learner.ability() + 0.45 * k, start, -1);
                earliest = end.plus(Duration.ofHours(6));
                latest = now.minus(Duration.ofHours(2));
            }
        }

        /** The closed assessment: most took it once; some who did badly used their second attempt. */
        private void takeClosed(Learner learner, AssignmentRules rules) {
            if (answers.nextDouble() >= 0.88) {
                return;
            }
            Instant start = daytimeBetween(
                    rules.opensAt().plus(Duration.ofHours(1)), rules.closesAt().minus(Duration.ofDays(2)));
            int before = answerRight;
            Instant end = take(learner, rules, learner.ability() + 0.2, start, -1);
            double share = (answerRight - before) / (double) quiz(rules).questionCount();
            if (share < 0.8 && answers.nextDouble() < 0.7) {
                Instant again = daytimeBetween(
                        end.plus(Duration.ofHours(2)), rules.closesAt().minus(Duration.ofMinutes(30)));
                if (again != null) {
                    take(learner, rules, learner.ability() + 0.55, again, -1);
                }
            }
        }

        /** The open assessment: about two thirds have finished an attempt, two are at it right now. */
        private void takeOpen(Learner learner, AssignmentRules rules, boolean busyAgain, boolean busyFirst) {
            int questions = quiz(rules).questionCount();
            Instant lastEnd = null;
            if (busyAgain || (!busyFirst && answers.nextDouble() < 0.65)) {
                Instant start =
                        daytimeBetween(rules.opensAt().plus(Duration.ofHours(1)), now.minus(Duration.ofDays(1)));
                int before = answerRight;
                lastEnd = take(learner, rules, learner.ability() + 0.3, start, -1);
                double share = (answerRight - before) / (double) questions;
                if (!busyAgain && share < 0.85 && answers.nextDouble() < 0.5) {
                    Instant again = daytimeBetween(lastEnd.plus(Duration.ofHours(1)), now.minus(Duration.ofHours(1)));
                    if (again != null) {
                        lastEnd = take(learner, rules, learner.ability() + 0.6, again, -1);
                    }
                }
            }
            if (busyAgain || busyFirst) {
                Instant start = now.minus(Duration.ofMinutes(4 + times.nextInt(10)));
                take(learner, rules, learner.ability() + (lastEnd == null ? 0.3 : 0.6), start, questions / 2);
            }
        }

        /**
         * One attempt, imported with its answers; {@code inProgressAfter} ≥ 0 leaves it in progress after that many
         * answers. Returns when it finished.
         */
        private Instant take(
                Learner learner, AssignmentRules rules, double ability, Instant start, int inProgressAfter) {
            List<Question> shown = new ArrayList<>(questions(quiz(rules)));
            Collections.shuffle(shown, answers);
            boolean inProgress = inProgressAfter >= 0;
            // Seconds from the start to each answer, then to the end: reading, thinking, typing.
            long[] offsets = new long[shown.size() + 1];
            long elapsed = 10 + times.nextInt(30);
            for (int i = 0; i < shown.size(); i++) {
                Question question = shown.get(i);
                elapsed += 20 + 15L * question.difficulty().ordinal() + times.nextInt(45);
                offsets[i] = elapsed;
            }
            offsets[shown.size()] = elapsed + 5 + times.nextInt(30);
            Instant latest = inProgress ? now.minusSeconds(5) : limit(rules, start);
            long room = Duration.between(start, latest).getSeconds();
            long last = offsets[inProgress ? Math.max(0, inProgressAfter - 1) : shown.size()];
            if (last > room) {
                for (int i = 0; i < offsets.length; i++) {
                    offsets[i] = offsets[i] * room / last;
                }
            }

            List<ImportedQuestion> imported = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Question question = shown.get(i);
                boolean answered = inProgress ? i < inProgressAfter : answers.nextDouble() >= skipChance(ability);
                if (!answered) {
                    imported.add(new ImportedQuestion(question.id(), null, null));
                    continue;
                }
                double pRight = 1 / (1 + Math.exp(difficulty.get(question.id()) - ability));
                Answer answer;
                if (answers.nextDouble() < pRight) {
                    answer = DemoAnswers.right(question);
                    answerRight++;
                } else {
                    answer = DemoAnswers.wrong(question, misconceived.contains(question.id()), answers);
                }
                imported.add(new ImportedQuestion(question.id(), answer, start.plusSeconds(offsets[i])));
                answerCount++;
            }
            Instant end = inProgress ? null : start.plusSeconds(offsets[shown.size()]);
            attempts.importAttempt(
                    new ImportedAttempt(learner.account().id(), rules.id(), answers.nextLong(), start, end, imported));
            attemptCount++;
            return end;
        }

        /** Weaker learners now and then leave a question blank. */
        private double skipChance(double ability) {
            return ability < -0.5 ? 0.06 : 0.01;
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        /** The latest an attempt started at {@code start} can end: its time limit or the closing date. */
        private Instant limit(AssignmentRules rules, Instant start) {
            Instant deadline = rules.deadlineFor(start);
            Instant latest = now.minus(Duration.ofMinutes(1));
            return deadline == null || deadline.isAfter(latest) ? latest : deadline;
        }

        /** A time between the two, in working hours when there is room; null when there is no time between. */
        private Instant daytimeBetween(Instant from, Instant to) {
            long span = Duration.between(from, to).getSeconds();
            if (span <= 0) {
                return null;
            }
            LocalDate first = from.atZone(zone).toLocalDate();
            LocalDate lastDay = to.atZone(zone).toLocalDate();
            long days = ChronoUnit.DAYS.between(first, lastDay);
            LocalDate day = first.plusDays(times.nextInt((int) days + 1));
            LocalTime time = LocalTime.of(8, 30).plusMinutes(times.nextInt(12 * 60));
            Instant candidate = day.atTime(time).atZone(zone).toInstant();
            if (candidate.isBefore(from) || candidate.isAfter(to)) {
                candidate = from.plusSeconds((long) (times.nextDouble() * span));
            }
            return candidate;
        }

        /** This many days from today, at this local time. */
        private Instant at(int days, int hour, int minute) {
            return now.atZone(zone)
                    .toLocalDate()
                    .plusDays(days)
                    .atTime(hour, minute)
                    .atZone(zone)
                    .toInstant();
        }

        private Quiz quiz(AssignmentRules rules) {
            return bank.quiz(rules.quizId()).orElseThrow();
        }

        private List<Question> questions(Quiz quiz) {
            return quiz.questionIds().stream()
                    .map(id -> bank.question(id).orElseThrow())
                    .toList();
        }
    }
}
