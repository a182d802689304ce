package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the message files: both files have the same keys, every key a template uses
 * exists, and no template carries text of its own.
 */
class I18nPropertiesSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    /** Text between tags, after removing Thymeleaf expressions, that contains a letter. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        assertThat(french.stringPropertyNames())
                .as("keys missing in messages_fr.properties")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames())
                .as("keys missing in messages.properties")
                .containsAll(french.stringPropertyNames());
    }

    @Test
    void noMessageIsLeftEmptyOrUntranslated() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        Set<String> identical = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(french.getProperty(key)).as(key).isNotBlank();
            String value = english.getProperty(key);
            if (value.equals(french.getProperty(key)) && value.matches(".*\\p{L}{4,}.*")) {
                identical.add(key);
            }
        }
        // Words that are the same in both languages.
        identical.removeAll(Set.of(
                "question.list",
                "summary.questions",
                "summary.score",
                "progress.history.score",
                "progress.history.quiz",
                "catalogue.questions",
                "class.actions",
                "classes.heading",
                "classes.title",
                "nav.classes",
                "assignment.mode",
                "assignment.quiz",
                "assignment.quizOption",
                "gift.set.number",
                "gift.set.questions",
                "gift.sets.questions"));
        assertThat(identical).as("messages not translated").isEmpty();
    }

    @Test
    void messagesWithArgumentsHaveNoLoneApostrophe() throws IOException {
        for (String file : List.of("messages.properties", "messages_fr.properties")) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (value.contains("{0")) {
                    assertThat(value.replace("''", ""))
                            .as("%s in %s: MessageFormat would swallow a lone apostrophe", key, file)
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Properties english = load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!english.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<html[^>]*>", "<html>")
                    .replaceAll("(?s)<([a-zA-Z0-9:]+)[^>]*\\sth:(text|utext|replace|insert)=[^>]*>.*?</\\1>", "<x></x>")
                    .replaceAll("(?s)<title[^>]*>.*?</title>", "");
            Matcher m = TEXT_NODE.matcher(html);
            while (m.find()) {
                String text = m.group(1).strip();
                if (!text.isEmpty() && !isBrandOrLanguageName(text)) {
                    hardCoded.add(TEMPLATES.relativize(template) + ": " + text);
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    /** The product name and each language's own name are the same in every language. */
    private static boolean isBrandOrLanguageName(String text) {
        return Set.of("Kubequiz", "Français", "English").contains(text);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
