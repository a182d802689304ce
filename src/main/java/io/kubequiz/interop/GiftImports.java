package io.kubequiz.interop;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionType;
import io.kubequiz.content.RichText;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded GIFT file read into text, then into what the preview shows and what the import stores. */
@Service
class GiftImports {

    /** Why an upload is refused, for the page: its status and message. */
    record Refusal(int status, String messageKey, Object[] arguments) {}

    /** An upload's name and text, or why it was refused. */
    record Decoded(String fileName, String text, Refusal refusal) {}

    /** One block of the file as the preview shows it. */
    record PreviewLine(
            int line,
            String name,
            boolean usable,
            QuestionType type,
            String stemHtml,
            List<GiftMessage> warnings,
            String problemKey,
            Object[] problemArgs) {}

    /** Every block of a file, and the questions it would import (their ids are placeholders). */
    record Preview(List<PreviewLine> lines, List<Question> drafts, String category) {

        public int usable() {
            return drafts.size();
        }

        public int unusable() {
            return lines.size() - drafts.size();
        }

        /** The file's last category, else its name without extension. */
        public String suggestedTitle(String fileName) {
            if (category != null && !category.isBlank()) {
                String[] path = category.split("/");
                String last = path[path.length - 1].strip();
                if (!last.isEmpty() && !last.startsWith("$")) {
                    return clip(last);
                }
            }
            int dot = fileName.lastIndexOf('.');
            return clip(dot > 0 ? fileName.substring(0, dot) : fileName);
        }
    }

    private static final String DEFAULT_NAME = "questions.gift";

    Decoded decode(MultipartFile file) throws IOException {
        if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
            return refused(null, HttpStatus.BAD_REQUEST, "gift.upload.missing");
        }
        String name = fileName(file.getOriginalFilename());
        if (file.getSize() > GiftText.MAX_BYTES) { // not even read
            return refused(
                    name, HttpStatus.PAYLOAD_TOO_LARGE, "gift.refused.tooLarge", GiftText.MAX_BYTES / (1024 * 1024));
        }
        GiftText.Decoded decoded = GiftText.decode(file.getBytes());
        if (decoded.refused()) {
            return new Decoded(
                    name,
                    null,
                    new Refusal(
                            HttpStatus.BAD_REQUEST.value(),
                            decoded.refusal().key(),
                            decoded.refusal().arguments()));
        }
        return new Decoded(name, decoded.text(), null);
    }

    Preview preview(String text) {
        GiftDocument document = GiftParser.parse(text);
        List<GiftImportItem> items = GiftImporter.importAll(document, "preview");
        List<PreviewLine> lines = items.stream().map(GiftImports::line).toList();
        List<Question> drafts = items.stream()
                .filter(GiftImportItem::usable)
                .map(GiftImportItem::question)
                .toList();
        String category = document.blocks().stream()
                .map(GiftBlock::category)
                .filter(c -> c != null)
                .reduce((first, second) -> second)
                .orElse(null);
        return new Preview(lines, drafts, category);
    }

    private static PreviewLine line(GiftImportItem item) {
        Question q = item.question();
        return new PreviewLine(
                item.line(),
                item.name(),
                item.usable(),
                q == null ? null : q.type(),
                q == null ? null : RichText.html(q.stem().in(Locale.ENGLISH)),
                item.warnings(),
                item.problem() == null ? null : item.problem().key(),
                item.problem() == null ? null : item.problem().arguments());
    }

    private static Decoded refused(String name, HttpStatus status, String key, Object... args) {
        return new Decoded(name, null, new Refusal(status.value(), key, args));
    }

    /** The name without any folder a browser may send, never blank. */
    private static String fileName(String original) {
        if (isBlank(original)) {
            return DEFAULT_NAME;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? DEFAULT_NAME : clip(name);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String clip(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120);
    }
}
