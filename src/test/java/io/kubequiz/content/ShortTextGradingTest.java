package io.kubequiz.content;

import static io.kubequiz.content.TestQuestions.grade;
import static io.kubequiz.content.TestQuestions.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortTextGradingTest {

    private static final ShortTextBody COMMAND = new ShortTextBody(List.of("kubectl get pods -o wide"), null, false);
    private static final ShortTextBody DNS = new ShortTextBody(List.of("web.prod.svc.cluster.local"), null, true);
    private static final ShortTextBody NOT_DNS = new ShortTextBody(List.of("web.prod.svc.cluster.local"), null, false);
    private static final ShortTextBody KUBE_PROXY = new ShortTextBody(List.of("kube-proxy"), "Kube-?Proxy", false);

    @Test
    void shortTextAcceptsTheExactAnswer() {
        assertThat(grade(COMMAND, "kubectl get pods -o wide")).isEqualTo(Grade.FULL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"  kubectl get pods -o wide  ", "KUBECTL Get Pods -O WIDE", "kubectl   get\tpods  -o \n wide"})
    void shortTextTrimsIgnoresCaseAndCollapsesInnerSpaces(String typed) {
        assertThat(grade(COMMAND, typed)).isEqualTo(Grade.FULL);
    }

    @Test
    void shortTextNormalisesTheAcceptedAnswersToo() {
        ShortTextBody sloppy = new ShortTextBody(List.of("  ClusterIP  Service "), null, false);
        assertThat(grade(sloppy, "clusterip service")).isEqualTo(Grade.FULL);
    }

    @Test
    void shortTextAcceptsAnyOfSeveralAcceptedAnswers() {
        ShortTextBody several = new ShortTextBody(List.of("ClusterIP", "cluster-ip"), null, false);
        assertThat(grade(several, "clusterip")).isEqualTo(Grade.FULL);
        assertThat(grade(several, "Cluster-IP")).isEqualTo(Grade.FULL);
    }

    @Test
    void shortTextWrongAnswerScoresZero() {
        assertThat(grade(COMMAND, "kubectl get pods")).isEqualTo(Grade.ZERO);
        assertThat(grade(COMMAND, "kubectl get pods -o wide --all")).isEqualTo(Grade.ZERO);
        assertThat(grade(COMMAND, "kubectlgetpods-owide"))
                .as("inner spaces are collapsed, not removed")
                .isEqualTo(Grade.ZERO);
    }

    @Test
    void shortTextBlankAnswerScoresZeroWithoutException() {
        assertThat(question(COMMAND).grade(Answer.empty())).isEqualTo(Grade.ZERO);
        assertThat(grade(COMMAND, "")).isEqualTo(Grade.ZERO);
        assertThat(grade(COMMAND, "   \t ")).isEqualTo(Grade.ZERO);
    }

    @Test
    void shortTextAcceptsTrailingDotOnDnsNames() {
        assertThat(grade(DNS, "web.prod.svc.cluster.local.")).isEqualTo(Grade.FULL);
        assertThat(grade(DNS, "web.prod.svc.cluster.local")).isEqualTo(Grade.FULL);
        assertThat(grade(DNS, " WEB.prod.svc.cluster.local. ")).isEqualTo(Grade.FULL);
    }

    @Test
    void shortTextDropsOnlyOneTrailingDotOnDnsNames() {
        assertThat(grade(DNS, "web.prod.svc.cluster.local..")).isEqualTo(Grade.ZERO);
    }

    @Test
    void shortTextKeepsTheTrailingDotWhenTheQuestionIsNotAboutDnsNames() {
        assertThat(grade(NOT_DNS, "web.prod.svc.cluster.local.")).isEqualTo(Grade.ZERO);
        assertThat(grade(NOT_DNS, "web.prod.svc.cluster.local")).isEqualTo(Grade.FULL);
    }

    @Test
    void shortTextDnsAcceptedAnswerWrittenWithTheDotStillMatches() {
        ShortTextBody fqdn = new ShortTextBody(List.of("kubernetes.default.svc.cluster.local."), null, true);
        assertThat(grade(fqdn, "kubernetes.default.svc.cluster.local")).isEqualTo(Grade.FULL);
    }

    @Test
    void shortTextPatternMatchesCaseInsensitively() {
        assertThat(grade(KUBE_PROXY, "kubeproxy")).isEqualTo(Grade.FULL);
        assertThat(grade(KUBE_PROXY, "KUBE-PROXY")).isEqualTo(Grade.FULL);
        assertThat(grade(KUBE_PROXY, "  Kube-Proxy ")).isEqualTo(Grade.FULL);
    }

    @Test
    void shortTextPatternMustMatchTheWholeAnswer() {
        assertThat(grade(KUBE_PROXY, "the kube-proxy")).isEqualTo(Grade.ZERO);
        assertThat(grade(KUBE_PROXY, "kube-proxy daemon")).isEqualTo(Grade.ZERO);
        assertThat(grade(KUBE_PROXY, "kube--proxy")).isEqualTo(Grade.ZERO);
    }

    @Test
    void shortTextPatternSeesTheNormalisedDnsName() {
        ShortTextBody anyNamespace =
                new ShortTextBody(List.of("web.prod.svc.cluster.local"), "web\\.[a-z]+\\.svc\\.cluster\\.local", true);
        assertThat(grade(anyNamespace, "web.staging.svc.cluster.local.")).isEqualTo(Grade.FULL);
        assertThat(grade(anyNamespace, "web.staging.svc")).isEqualTo(Grade.ZERO);
    }

    @Test
    void shortTextRegexCharactersInTheAnswerAreTakenLiterally() {
        assertThat(grade(COMMAND, "kubectl get pods -o .*")).isEqualTo(Grade.ZERO);
        assertThat(grade(KUBE_PROXY, "kube-?proxy")).isEqualTo(Grade.ZERO);
    }

    @Test
    void shortTextHasNoMalformedAnswerAnythingTypedIsGraded() {
        assertThat(grade(COMMAND, "(((")).isEqualTo(Grade.ZERO);
        assertThat(grade(COMMAND, "a|b")).isEqualTo(Grade.ZERO);
    }
}
