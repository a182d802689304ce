package io.kubequiz.interop;

import io.kubequiz.content.QuestionSets;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The confirmation of a previewed import: the set's title, and which preview it confirms. */
record ImportForm(
        @NotBlank @Size(max = QuestionSets.MAX_TITLE) String title,
        @NotBlank String key) {}
