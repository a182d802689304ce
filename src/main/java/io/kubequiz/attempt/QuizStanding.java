package io.kubequiz.attempt;

/** A learner's standing on one quiz: best finished score (null before any), finished attempts, open ones. */
record QuizStanding(String quizId, Double bestPercent, Long finished, Long inProgress) {}
