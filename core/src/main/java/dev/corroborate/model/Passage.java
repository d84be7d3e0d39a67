package dev.corroborate.model;

/** A sentence of a copy aligned with the sentence of the original it comes from. */
public record Passage(String copySentence, String originalSentence, boolean edited) {
}
