package dev.corroborate.model;

/** A piece of text the cleaner took out of an article, and why (shown by {@code analyze --explain}). */
public record Removed(String text, String reason) {
}
