package dev.corroborate.model;

import java.util.List;

/** What a story's reports agree on, where they differ, who said what, and when. */
public record Dossier(List<Fact> facts, List<Conflict> conflicts, List<Quote> quotes,
                      List<TimelineEvent> timeline, List<SummarySentence> summary) {

    public Dossier {
        facts = List.copyOf(facts);
        conflicts = List.copyOf(conflicts);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        summary = List.copyOf(summary);
    }

    public static Dossier empty() {
        return new Dossier(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A thing reported by one or more articles; {@code independent} counts distinct origin groups. */
    public record Fact(String text, List<SourceSentence> sentences, List<String> sources, int independent) {
        public Fact {
            sentences = List.copyOf(sentences);
            sources = List.copyOf(sources);
        }
    }

    /** A sentence of one article. */
    public record SourceSentence(String article, String text) {
    }

    /**
     * Values that disagree about one thing ({@code about}); {@code kind} says what sort of value: count,
     * duration, time, money, percent, magnitude, date, or name (different names given for one role).
     */
    public record Conflict(String kind, String about, List<ConflictValue> values) {
        public Conflict {
            values = List.copyOf(values);
        }
    }

    /** One side of a conflict; {@code fromCopy} is true when every source of it copies another article. */
    public record ConflictValue(String value, String normalized, String text, List<String> sources,
                                boolean fromCopy) {
        public ConflictValue {
            sources = List.copyOf(sources);
        }
    }

    public record Quote(String text, String speaker, List<String> sources) {
        public Quote {
            sources = List.copyOf(sources);
        }
    }

    /** {@code when} is ISO-8601 (a date, or an instant in UTC when a time was given). */
    public record TimelineEvent(String when, String what, List<String> sources) {
        public TimelineEvent {
            sources = List.copyOf(sources);
        }
    }

    public record SummarySentence(String text, List<String> sources) {
        public SummarySentence {
            sources = List.copyOf(sources);
        }
    }
}
