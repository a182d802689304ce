package io.kubequiz.interop;

import java.util.List;

/**
 * A quiz written as GIFT: the text of the file, and a note for every question of the quiz, in quiz order, saying
 * whether it is in the file and what was lost.
 */
public record GiftExport(String text, List<Note> notes) {

    public GiftExport {
        notes = List.copyOf(notes);
    }

    public enum Status {
        EXPORTED,
        /** In the file, but Moodle will not have all of it: the reasons say what. */
        EXPORTED_WITH_LOSS,
        /** Not in the file: the reason says why. */
        NOT_EXPORTED
    }

    /** What happened to one question. {@code reasons} is empty for {@link Status#EXPORTED}. */
    public record Note(String questionId, Status status, List<GiftMessage> reasons) {

        public Note {
            reasons = List.copyOf(reasons);
        }
    }

    public long count(Status status) {
        return notes.stream().filter(n -> n.status() == status).count();
    }
}
