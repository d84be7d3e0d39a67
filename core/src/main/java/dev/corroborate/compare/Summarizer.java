package dev.corroborate.compare;

import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;
import dev.corroborate.model.Dossier.SummarySentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks 4 to 8 fact sentences that the most independent sources stand behind, early in their reports,
 * skipping any too close in meaning to one already picked; then one line per conflict.
 */
final class Summarizer {

    static final int MIN = 4, MAX = 8;
    private static final double REDUNDANT = 0.62;

    /** A fact as the summary sees it: its representative sentence and how it is backed. */
    record Candidate(StorySentence sentence, List<String> sources, int independent, int earliest) {
    }

    private Summarizer() {
    }

    static List<SummarySentence> summarize(List<Candidate> facts, List<Conflict> conflicts) {
        List<Candidate> usable = new ArrayList<>(facts.stream().filter(Summarizer::readable).toList());
        usable.sort(Comparator.comparingDouble(Summarizer::score).reversed());
        List<Candidate> picked = new ArrayList<>();
        for (Candidate c : usable) {
            if (picked.size() == MAX) break;
            boolean redundant = picked.stream().anyMatch(p -> p.sentence().cosine(c.sentence()) >= REDUNDANT);
            // past the minimum, only facts with more than one source earn a place
            if (!redundant && (picked.size() < MIN || c.independent() > 1)) picked.add(c);
        }
        picked.sort(Comparator.comparingInt(Candidate::earliest).thenComparing(c -> -c.independent()));
        List<SummarySentence> out = new ArrayList<>();
        for (Candidate c : picked) out.add(new SummarySentence(c.sentence().text(), c.sources()));
        for (Conflict k : conflicts) out.add(line(k));
        return out;
    }

    static SummarySentence line(Conflict k) {
        List<String> sources = new ArrayList<>();
        for (ConflictValue v : k.values()) for (String s : v.sources()) if (!sources.contains(s)) sources.add(s);
        String values = k.values().stream()
                .map(v -> "\"" + v.value() + "\" (" + String.join(", ", v.sources()) + ")")
                .collect(Collectors.joining(" vs "));
        return new SummarySentence("Sources differ on " + k.about() + ": " + values + ".", sources);
    }

    private static double score(Candidate c) {
        return 2.0 * c.independent() + 0.5 * c.sources().size() + 1.5 / (1 + c.earliest());
    }

    // a summary sentence must stand on its own: not a bare quotation, not a fragment
    private static boolean readable(Candidate c) {
        String t = c.sentence().text().strip();
        int words = t.split("\\s+").length;
        return words >= 8 && words <= 50 && !t.startsWith("“") && !t.startsWith("\"") && !t.endsWith("?")
                && Character.isUpperCase(t.codePointAt(0));
    }
}
