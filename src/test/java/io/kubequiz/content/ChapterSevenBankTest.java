package io.kubequiz.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chapter-7 bank as shipped: it loads, and it covers what the chapter promises. */
class ChapterSevenBankTest {

    private static final Pattern DNS_NAME =
            Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9])?)+");

    static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = new BankLoader().load(new ContentConfiguration().bankSources("classpath*:content"));
    }

    @Test
    void hasAtLeastEightyQuestionsOverTheFiveSections() {
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(80);
        Map<String, Long> bySection =
                bank.questions().stream().collect(Collectors.groupingBy(Question::section, Collectors.counting()));
        assertThat(bySection.keySet()).containsExactlyInAnyOrder("7.1", "7.2", "7.3", "7.4", "7.5");
        assertThat(bySection.values()).allMatch(count -> count >= 10);
    }

    @Test
    void everyObjectiveOfTheChapterHasAtLeastFourQuestions() {
        assertThat(bank.objectives()).hasSize(15);
        assertThat(bank.objectives().stream().filter(o -> o.kind() == ObjectiveKind.THEORY))
                .hasSize(5);
        assertThat(bank.objectives().stream().filter(o -> o.kind() == ObjectiveKind.PRACTICE))
                .hasSize(6);
        assertThat(bank.questionCountByObjective())
                .allSatisfy(
                        (objective, count) -> assertThat(count).as(objective).isGreaterThanOrEqualTo(4));
    }

    @Test
    void usesEveryQuestionType() {
        Set<QuestionType> used = bank.questions().stream().map(Question::type).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void hasTheQuizzesTheProductCardNames() {
        assertThat(bank.quizzes().stream().map(Quiz::id))
                .contains(
                        "golden-rules",
                        "service-types",
                        "dns-names",
                        "section-7-1",
                        "section-7-2",
                        "section-7-3",
                        "section-7-4",
                        "section-7-5",
                        "chapter-review");
        assertThat(bank.quizzes())
                .allSatisfy(q -> assertThat(q.questionCount()).as(q.id()).isGreaterThanOrEqualTo(5));
    }

    @Test
    void dnsNameQuestionsAreTypedDnsNamesThatLookRight() {
        var dnsQuestions = bank.questions().stream()
                .filter(q -> q.tags().contains("dns-names"))
                .toList();
        assertThat(dnsQuestions).hasSizeGreaterThanOrEqualTo(8);
        for (Question q : dnsQuestions) {
            assertThat(q.type()).as(q.id()).isEqualTo(QuestionType.SHORT_TEXT);
            ShortTextBody body = (ShortTextBody) q.body();
            assertThat(body.accepted().get(0)).as(q.id()).matches(DNS_NAME);
        }
        assertThat(dnsQuestions.stream()
                        .map(q -> ((ShortTextBody) q.body()).accepted().get(0)))
                .anyMatch(name -> name.endsWith(".svc.cluster.local") && name.startsWith("_"))
                .anyMatch(name -> name.endsWith(".pod.cluster.local"))
                .anyMatch(name -> !name.contains("cluster.local"));
    }

    @Test
    void serviceTypesAreMatchedToUseCasesAndCidrsAreComputed() {
        assertThat(bank.questions())
                .anyMatch(q -> q.tags().contains("service-types") && q.type() == QuestionType.MATCHING);
        assertThat(bank.questions().stream().filter(q -> q.type() == QuestionType.NUMERIC))
                .anyMatch(q -> q.stem().en().contains("/"));
        assertThat(bank.questions().stream().filter(q -> q.type() == QuestionType.ORDERING))
                .anyMatch(q -> q.section().equals("7.3"))
                .anyMatch(q -> q.section().equals("7.2"));
    }

    @Test
    void everyModelAnswerGetsFullMarks() {
        assertThat(bank.questions())
                .allSatisfy(q -> assertThat(q.grade(q.body().modelAnswer()).correct())
                        .as(q.id())
                        .isTrue());
    }

    @Test
    void frenchAndEnglishTextsAreTranslationsNotCopies() {
        for (Question q : bank.questions()) {
            assertThat(q.stem().fr()).as(q.id()).isNotEqualTo(q.stem().en());
            assertThat(q.explanation().fr())
                    .as(q.id())
                    .isNotEqualTo(q.explanation().en());
        }
    }

    @Test
    void choiceQuestionsDoNotAlwaysPutTheRightOptionFirst() {
        Map<Boolean, Long> firstIsRight = bank.questions().stream()
                .map(Question::body)
                .filter(ChoiceBody.class::isInstance)
                .map(ChoiceBody.class::cast)
                .filter(b -> !b.multiple())
                .collect(Collectors.partitioningBy(b -> b.options().get(0).correct(), Collectors.counting()));
        assertThat(firstIsRight.get(true)).isLessThan(firstIsRight.get(false));
    }

    @Test
    void factsThatAreEasyToGetWrongAreRightInTheBank() {
        Map<String, Question> byId =
                bank.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        String all = byId.values().stream()
                .flatMap(q -> Arrays.stream(
                        new String[] {q.stem().en(), q.explanation().en()}))
                .collect(Collectors.joining("\n"));
        assertThat(all).doesNotContain("30000-32768", "30000–32768", "dnsPolicy: Default is the default");
        assertThat(all).contains("10.152.183.10").contains("10.1.0.0/16").contains("VXLAN");
    }
}
