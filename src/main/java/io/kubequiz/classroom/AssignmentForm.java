package io.kubequiz.classroom;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;

/** The trainer's "assign a quiz" form. Dates are wall-clock times in the configured zone. */
record AssignmentForm(
        @NotBlank(message = "{assignment.quiz.required}") String quizId,
        @NotNull(message = "{assignment.mode.required}") AssignmentMode mode,

        @NotNull(message = "{assignment.opensAt.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime opensAt,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,

        @Min(value = 1, message = "{assignment.attempts.range}")
        @Max(value = 100, message = "{assignment.attempts.range}")
        Integer attemptsAllowed,

        @Min(value = 1, message = "{assignment.timeLimit.range}")
        @Max(value = 600, message = "{assignment.timeLimit.range}")
        Integer timeLimitMinutes,

        @NotNull(message = "{assignment.grading.required}") GradingMethod gradingMethod,
        @NotNull(message = "{assignment.review.required}") ReviewTiming reviewTiming) {

    static AssignmentForm startingAt(LocalDateTime now, String quizId) {
        return new AssignmentForm(
                quizId,
                AssignmentMode.PRACTICE,
                now.truncatedTo(ChronoUnit.MINUTES),
                null,
                null,
                null,
                GradingMethod.HIGHEST,
                ReviewTiming.AFTER_SUBMISSION);
    }
}
