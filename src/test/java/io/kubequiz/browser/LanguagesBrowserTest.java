package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scenario 5: ?lang=fr and ?lang=en change every visible string of every page visited. */
class LanguagesBrowserTest extends BrowserTest {

    /** The visible text nodes of the page, trimmed; code, user input and the language names are not words to translate. */
    private static final String VISIBLE_TEXTS = """
            () => {
              const texts = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.replace(/\\s+/g, ' ').trim();
                const parent = node.parentElement;
                if (!text || parent.closest('code, pre, script, style, [lang]:not(html), .user-data')) continue;
                if (!parent.checkVisibility({ visibilityProperty: true })) continue;
                // A word or two between code spans ("`calico-node`, pool") is glue around code, not a sentence.
                if (parent.querySelector('code') && text.split(' ').length <= 2) continue;
                texts.push(text);
              }
              return texts;
            }""";

    /** Text without a word: numbers, marks, punctuation, dates and times. */
    private static final Pattern NO_WORD = Pattern.compile("[^\\p{L}]*|[\\d\\p{Punct}\\s%–—:/·✓✗•…]+");

    /**
     * Words written the same in French and English: names of the product and of Kubernetes things, and a few
     * words both languages share ("11 questions", "Score", "Quiz").
     */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "kubequiz",
            "kubernetes",
            "microk8s",
            "coredns",
            "calico",
            "kube-proxy",
            "cni",
            "dns",
            "service",
            "services",
            "pod",
            "pods",
            "clusterip",
            "nodeport",
            "loadbalancer",
            "externalname",
            // names of protocols and tools, the same in both languages, shown by some questions' options
            "vxlan",
            "ip-in-ip",
            "bgp",
            "iptables",
            "ipvs",
            "nftables",
            "kubectl",
            "nslookup",
            "cidr",
            "flannel",
            "cilium",
            "question",
            "questions",
            "quiz",
            "score",
            "total",
            "type");

    /** Whether the text has no word of its own once numbers, marks and the shared words are left out. */
    private static boolean sameInBoth(String text) {
        for (String word : text.toLowerCase().split("[^\\p{L}\\d-]+")) {
            if (!word.isEmpty() && !NO_WORD.matcher(word).matches() && !SAME_IN_BOTH.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void switchingLanguageChangesEveryVisibleStringOnEveryPage() {
        Tab student = person("5-french-english");
        Page page = student.page();
        String username = registers(student, null);
        student.leadsTo(
                "question",
                () -> page.locator("form[action$='/quizzes/section-7-2/start'] button")
                        .click());
        String question = student.path();
        Questions.fill(page);
        student.leadsTo(
                "feedback",
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my answer"))
                        .click());

        List<String> untranslated = new ArrayList<>();
        for (String path : List.of("/", "/quizzes", question, "/progress", "/my-classes")) {
            Set<String> english = texts(student.open(path + "?lang=en", "en" + name(path)));
            Set<String> french = texts(student.open(path + "?lang=fr", "fr" + name(path)));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
            for (String text : english) {
                if (french.contains(text) && !sameInBoth(text) && !text.contains(username.substring(8))) {
                    untranslated.add(path + ": " + text);
                }
            }
        }
        assertThat(untranslated).as("text the same in French and English").isEmpty();
    }

    private static String name(String path) {
        return path.equals("/") ? "-home" : path.startsWith("/attempts/") ? "-question" : path.replace('/', '-');
    }

    @SuppressWarnings("unchecked")
    private static Set<String> texts(Tab tab) {
        return new LinkedHashSet<>((List<String>) tab.page().evaluate(VISIBLE_TEXTS));
    }
}
