package io.kubequiz.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kubequiz.content.BankDefinitions.ChapterDef;
import io.kubequiz.content.BankDefinitions.QuestionDef;
import io.kubequiz.content.BankDefinitions.SourcedQuestion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads bank files (YAML text, no I/O of its own), validates them and assembles the {@link QuestionBank}. Every fault
 * found is reported at once, each with its file and question id.
 */
final class BankLoader {

    /** A bank file: its path (for messages) and its text. */
    record BankFile(String path, String text) {}

    /** One chapter folder: {@code chapter.yaml} and its question files. */
    record ChapterSource(BankFile chapter, List<BankFile> questionFiles) {}

    /** A chapter as read, before validation. */
    record ParsedChapter(String file, ChapterDef def, List<SourcedQuestion> questions) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Writes a definition as a bank file would hold it: absent fields are absent, not {@code null}. */
    private static final ObjectMapper JSON_WITHOUT_NULLS = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** A validated bank, with each question's canonical content for the version registry. */
    record LoadedBank(QuestionBank bank, List<SourcedQuestion> questions) {}

    QuestionBank load(List<ChapterSource> sources) {
        return loadWithContent(sources).bank();
    }

    LoadedBank loadWithContent(List<ChapterSource> sources) {
        List<BankProblem> problems = new ArrayList<>();
        List<ParsedChapter> chapters = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add(new BankProblem("content/", null, "no chapter.yaml found"));
        }
        for (ChapterSource source : sources) {
            ChapterDef chapter = readChapter(source.chapter(), problems);
            List<SourcedQuestion> questions = new ArrayList<>();
            source.questionFiles().forEach(file -> questions.addAll(readQuestions(file, problems)));
            if (chapter != null) {
                chapters.add(new ParsedChapter(source.chapter().path(), chapter, questions));
            }
        }
        problems.addAll(new BankValidator().validate(chapters));
        if (!problems.isEmpty()) {
            throw new InvalidBankException(problems);
        }
        List<SourcedQuestion> questions =
                chapters.stream().flatMap(c -> c.questions().stream()).toList();
        return new LoadedBank(BankAssembler.assemble(chapters), questions);
    }

    /** Rebuilds a question from the canonical JSON stored for one of its versions. */
    static Question parseStored(String canonicalJson, String version) {
        QuestionDef def = JSON.readValue(canonicalJson, QuestionDef.class);
        return BankAssembler.question(def, version);
    }

    /**
     * A question defined outside the bank files (an import), checked by the rules that do not need a chapter. Its
     * canonical JSON and version are computed as for a bank question, and the question returned is the one
     * {@link #parseStored} rebuilds from that JSON, so a stored copy reloads equal.
     *
     * @throws InvalidBankException listing the faults, if any
     */
    static QuestionVersions.StoredQuestion standalone(QuestionDef def) {
        String json = canonical(JSON_WITHOUT_NULLS.valueToTree(def));
        String version = hash(json);
        List<BankProblem> problems = new BankValidator()
                .validateStandalone(
                        new SourcedQuestion("standalone", version, json, JSON.readValue(json, QuestionDef.class)));
        if (!problems.isEmpty()) {
            throw new InvalidBankException(problems);
        }
        return new QuestionVersions.StoredQuestion(parseStored(json, version), json);
    }

    private static ChapterDef readChapter(BankFile file, List<BankProblem> problems) {
        try {
            return YAML.readValue(file.text(), ChapterDef.class);
        } catch (JacksonException e) {
            problems.add(new BankProblem(file.path(), null, "cannot read chapter: " + e.getOriginalMessage()));
            return null;
        }
    }

    private static List<SourcedQuestion> readQuestions(BankFile file, List<BankProblem> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(file.text());
        } catch (JacksonException e) {
            problems.add(new BankProblem(file.path(), null, "not valid YAML: " + e.getOriginalMessage()));
            return List.of();
        }
        JsonNode list = root == null ? null : root.get("questions");
        if (list == null || !list.isArray()) {
            problems.add(new BankProblem(file.path(), null, "expected a top-level 'questions:' list"));
            return List.of();
        }
        List<SourcedQuestion> questions = new ArrayList<>();
        int index = 0;
        for (JsonNode node : list) {
            index++;
            String id = node.path("id").isString() ? node.path("id").asString() : "#" + index;
            try {
                QuestionDef def = YAML.treeToValue(node, QuestionDef.class);
                String json = canonical(node);
                questions.add(new SourcedQuestion(file.path(), hash(json), json, def));
            } catch (JacksonException e) {
                problems.add(new BankProblem(file.path(), id, "cannot read question: " + e.getOriginalMessage()));
            }
        }
        return questions;
    }

    /** JSON with object keys sorted, so that the same content always hashes the same. */
    static String canonical(JsonNode node) {
        return JSON.writeValueAsString(sorted(node));
    }

    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), sorted(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(sorted(element)));
            return list;
        }
        return node;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
