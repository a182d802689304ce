package io.kubequiz.content;

/** A labelled piece of a question: a matching distractor or an ordering step. */
public record Item(String id, LocalizedText text) {}
