package io.kubequiz.interop;

import static io.kubequiz.testing.Learner.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A trainer imports a GIFT file in two steps — upload and preview, then confirm — and gets a question set they can
 * assign. A bad upload gets a message on the page, a 4xx and imports nothing; nobody else sees the set.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GiftImportPagesTest {

    static final String FILE = """
            // Services, written by a trainer
            $CATEGORY: Services

            ::svc-type::Which Service type is reachable only inside the cluster?{
              =ClusterIP#Yes: a virtual IP inside the cluster.
              ~NodePort#No: it opens a port on every node.
              ~LoadBalancer
            }

            ::kube-proxy::kube-proxy runs on every node.{T}

            ::fqdn::The full DNS name of Service web in namespace shop?{=web.shop.svc.cluster.local}

            ::essay::Explain how a packet reaches a Pod.{}
            """;

    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private Learner trainer;

    @BeforeEach
    void signIn() throws Exception {
        trainer = Classes.trainer(mvc).inEnglish();
    }

    /** The signed-in trainer's sets (other tests' trainers have theirs). */
    private long sets() {
        return jdbc.sql("SELECT COUNT(*) FROM question_set s JOIN app_user u ON u.id = s.owner_id WHERE u.username = ?")
                .param(trainer.username())
                .query(Long.class)
                .single();
    }

    private MvcResult upload(String name, byte[] content) throws Exception {
        return trainer.upload("/question-sets/preview", "file", name, content);
    }

    private static String key(MvcResult preview) throws Exception {
        Matcher m = KEY.matcher(preview.getResponse().getContentAsString());
        assertThat(m.find()).as("the preview has a confirm form").isTrue();
        return m.group(1);
    }

    @Test
    void aTrainerPreviewsThenImportsTheUsableQuestions() throws Exception {
        MvcResult preview = upload("services.gift", FILE.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        String page = preview.getResponse().getContentAsString();
        assertThat(page)
                .contains("3 questions can be imported; one is left out.")
                .contains("svc-type")
                .contains("Which Service type is reachable only inside the cluster?")
                .contains("essay")
                .contains("Import 3 questions");
        assertThat(sets()).as("a preview imports nothing").isZero();

        MvcResult confirmed = trainer.post("/question-sets", form("title", "Services, my way", "key", key(preview)));
        String location = confirmed.getResponse().getRedirectedUrl();
        assertThat(location).matches("/question-sets/\\d+");
        assertThat(sets()).isEqualTo(1);
        String setPage = trainer.follow(confirmed).getResponse().getContentAsString();
        assertThat(setPage)
                .contains("Services, my way")
                .contains("3 questions imported from services.gift")
                .contains("ClusterIP")
                .contains("web.shop.svc.cluster.local");

        MvcResult again = trainer.post("/question-sets", form("title", "Twice", "key", key(preview)));
        assertThat(again.getResponse().getStatus())
                .as("confirming twice imports once")
                .isEqualTo(400);
        assertThat(again.getResponse().getContentAsString()).contains("This preview is no longer available");
        assertThat(sets()).isEqualTo(1);
    }

    @Test
    void aWindows1252FileIsReadWithItsAccents() throws Exception {
        String french = "::ip::Quelle adresse IP a un Pod après son redémarrage ?{=une nouvelle ~la même}\n";
        MvcResult preview = upload("fr.gift", french.getBytes(Charset.forName("windows-1252")));
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        assertThat(preview.getResponse().getContentAsString()).contains("Quelle adresse IP a un Pod après son");
    }

    @Test
    void badUploadsGetAMessageAndImportNothing() throws Exception {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'a');
        Object[][] cases = {
            {"empty.gift", new byte[0], "empty"},
            {"image.png", binary, "not a text file"},
            {"huge.gift", tenMegabytes, "larger than 2 MiB"},
        };
        for (Object[] c : cases) {
            MvcResult refused = upload((String) c[0], (byte[]) c[1]);
            assertThat(refused.getResponse().getStatus()).as((String) c[0]).isBetween(400, 499);
            assertThat(refused.getResponse().getContentAsString())
                    .as((String) c[0])
                    .contains((String) c[2])
                    .contains("is-invalid");
        }
        MvcResult broken = upload("broken.gift", "::a::Unclosed {=yes ~no\n".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.getResponse().getStatus()).isEqualTo(400);
        assertThat(broken.getResponse().getContentAsString())
                .contains("Nothing in this file can be imported")
                .doesNotContain("name=\"key\"");
        assertThat(trainer.post("/question-sets", form("title", "Forged", "key", "not-a-preview"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(sets()).isZero();
    }

    @Test
    void aBlankTitleIsRefusedOnThePreview() throws Exception {
        MvcResult preview = upload("services.gift", FILE.getBytes(StandardCharsets.UTF_8));
        MvcResult blank = trainer.post("/question-sets", form("title", " ", "key", key(preview)));
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(blank.getResponse().getContentAsString())
                .contains("is-invalid")
                .contains("svc-type");
        assertThat(sets()).isZero();
        assertThat(trainer.post("/question-sets", form("title", "Now named", "key", key(preview)))
                        .getResponse()
                        .getRedirectedUrl())
                .startsWith("/question-sets/");
    }

    @Test
    void aSetIsItsOwnersOnly() throws Exception {
        MvcResult preview = upload("services.gift", FILE.getBytes(StandardCharsets.UTF_8));
        String location = trainer.post("/question-sets", form("title", "Mine", "key", key(preview)))
                .getResponse()
                .getRedirectedUrl();
        String setId = location.substring("/question-sets/".length());

        Learner other = Classes.trainer(mvc).inEnglish();
        assertThat(other.get(location).getResponse().getStatus()).isEqualTo(404);
        assertThat(other.get("/question-sets").getResponse().getContentAsString())
                .doesNotContain("Mine");
        assertThat(other.get("/api/v1/quizzes/set-" + setId + "/gift")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(trainer.get("/api/v1/quizzes/set-" + setId + "/gift")
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        Learner student = Learner.register(mvc).inEnglish();
        assertThat(student.get("/question-sets").getResponse().getStatus()).isEqualTo(403);
        assertThat(student.upload("/question-sets/preview", "file", "x.gift", FILE.getBytes(StandardCharsets.UTF_8))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(sets()).isEqualTo(1);
    }
}
