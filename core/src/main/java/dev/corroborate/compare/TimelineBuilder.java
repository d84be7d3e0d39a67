package dev.corroborate.compare;

import dev.corroborate.model.Dossier.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Puts the story's dated sentences in time order. Sentences of different articles that give the same
 * date and report the same fact become one event citing all of them.
 */
final class TimelineBuilder {

    private TimelineBuilder() {
    }

    private record Dated(TimeExpressions.When when, StorySentence s, int fact) {
    }

    static List<TimelineEvent> build(List<StorySentence> sentences, int[] factOf, Map<String, LocalDate> published) {
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            StorySentence s = sentences.get(i);
            TimeExpressions.When w = TimeExpressions.best(s.text(), published.get(s.article()));
            if (w != null) dated.add(new Dated(w, s, factOf[i]));
        }
        List<List<Dated>> events = new ArrayList<>();
        for (Dated d : dated) {
            List<Dated> home = null;
            for (List<Dated> e : events) {
                Dated f = e.getFirst();
                if (f.when.iso().equals(d.when.iso()) && (f.fact == d.fact || f.s.cosine(d.s) >= 0.7)) { home = e; break; }
            }
            if (home == null) events.add(new ArrayList<>(List.of(d)));
            else home.add(d);
        }
        events.sort(Comparator.comparing((List<Dated> e) -> e.getFirst().when.start())
                .thenComparing(e -> e.getFirst().when.rank()).thenComparing(e -> e.getFirst().when.iso()));
        List<TimelineEvent> out = new ArrayList<>();
        for (List<Dated> e : events) {
            List<String> sources = new ArrayList<>();
            for (Dated d : e) if (!sources.contains(d.s.article())) sources.add(d.s.article());
            out.add(new TimelineEvent(e.getFirst().when.iso(), e.getFirst().s.text(), sources));
        }
        return out;
    }
}
