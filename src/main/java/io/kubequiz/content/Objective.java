package io.kubequiz.content;

public record Objective(String id, String chapterId, ObjectiveKind kind, LocalizedText title) {}
