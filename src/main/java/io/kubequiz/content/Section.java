package io.kubequiz.content;

public record Section(String id, LocalizedText title) {}
