package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4: a trainer creates a class and assigns a quiz, sees the class dashboard move while a learner answers in
 * another browser, reads the item statistics, downloads the CSV and GIFT exports, and imports a GIFT file.
 */
class TrainerBrowserTest extends BrowserTest {

    @Test
    void trainerRunsAClassWatchesItLiveReadsStatisticsExportsAndImports() throws Exception {
        Learner account = Classes.trainer(mvc);
        Tab trainer = person("4-trainer");
        Page page = trainer.page();
        trainer.open("/login?lang=en", "login");
        page.locator("#username").fill(account.username());
        page.locator("#password").fill(Classes.TRAINER_PASSWORD);
        trainer.leadsTo("dashboard", () -> page.locator("#password").press("Enter"));

        trainer.open("/classes", "classes");
        page.locator("#name").fill("Réseau — groupe A");
        trainer.leadsTo(
                "class",
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the class"))
                        .click());
        String classPath = trainer.path();
        long classId = Long.parseLong(classPath.substring("/classes/".length()));

        trainer.open(classPath + "/assignments/new", "assign");
        page.locator("#quizId").selectOption("golden-rules");
        trainer.leadsTo(
                "class-with-assignment",
                () -> page.locator("form[action$='/assignments'] button[type=submit]")
                        .last()
                        .click());
        assertThat(trainer.path()).isEqualTo(classPath);
        long assignment = jdbc.sql("SELECT MAX(id) FROM assignment WHERE classroom_id = ?")
                .param(classId)
                .query(Long.class)
                .single();

        trainer.open(classPath + "/dashboard", "class-dashboard-before");
        String before = page.locator("#live").innerText();

        // A learner, in a browser of their own, joins and answers one question.
        Tab learner = person("4-trainer");
        Page learnerPage = learner.page();
        String learnerName = registers(learner, Classes.joinCode(jdbc, classId));
        learner.leadsTo(
                "learner-question",
                () -> learnerPage
                        .locator("form[action$='/assignments/" + assignment + "/start'] button")
                        .click());
        Questions.fill(learnerPage);
        learner.leadsTo(
                "learner-feedback",
                () -> learnerPage
                        .locator("#answer-form button[type=submit]")
                        .first()
                        .click());

        // The dashboard fetches its live part every 5 seconds: the learner's answer shows without a reload.
        page.waitForFunction(
                "before => document.querySelector('#live').innerText !== before",
                before,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        trainer.seen("class-dashboard-updated");
        assertThat(page.locator("#live").innerText()).contains("Student " + learnerName.substring(8));

        trainer.open(classPath, "class-page");
        trainer.leadsTo(
                "item-statistics",
                () -> page.locator("a[href$='/assignments/" + assignment + "/statistics']")
                        .click());

        trainer.open("/classes/" + classId + "/dashboard", "class-dashboard-downloads");
        Download csv = page.waitForDownload(
                () -> page.locator("a[data-export='responses']").click());
        assertThat(csv.suggestedFilename()).endsWith(".csv");
        assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8)).contains(learnerName);

        trainer.open("/question-sets", "question-banks");
        byte[] gift = Files.readAllBytes(Path.of("src/test/resources/gift/multiple-choice.gift"));
        page.locator("#gift-file")
                .setInputFiles(new FilePayload("multiple-choice.gift", "application/octet-stream", gift));
        trainer.leadsTo(
                "gift-preview",
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                        .click());
        trainer.leadsTo(
                "gift-imported",
                () -> page.locator("form button[type=submit].btn-primary")
                        .last()
                        .click());
        trainer.open("/question-sets", "question-banks-with-set");
        Download export = page.waitForDownload(
                () -> page.locator("a[href*='/gift']").first().click());
        assertThat(export.suggestedFilename()).endsWith(".gift");
        assertThat(Files.readString(export.path())).contains("Grant");
    }
}
