package dev.corroborate.web;

import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.RawArticle;
import dev.corroborate.store.DossierStage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test articles, one carrying markup that must stay text, and a compare stage for the page tests: it finds
 * "NUMBER word" counts that differ between articles, so the pages can be tested on conflicts computed from
 * the articles themselves while the project's compare stage is being written.
 */
final class Fixtures {

    private Fixtures() {
    }

    static final String SCRIPT = "<script>document.title='pwned'</script>";

    static List<RawArticle> reports() {
        return List.of(
                raw("r1", "Harbour Times", "Ferry sinks off the coast " + SCRIPT, "2024-03-01T10:00:00Z",
                        "A ferry carrying 120 passengers sank off the coast on Friday.\n\n"
                                + "Rescuers pulled 80 survivors from the water. " + SCRIPT + "\n\n"
                                + "\"We searched all night,\" said coast guard captain Ana Ruiz."),
                raw("r2", "Coast Daily", "Rescue under way after ferry sinks", "2024-03-01T12:00:00Z",
                        "Coast guard boats searched for survivors after the ferry went down.\n\n"
                                + "Officials said 95 survivors were rescued and taken to hospital."),
                raw("r3", "Island Post", "Ferry disaster: inquiry demanded", "2024-03-01T15:00:00Z",
                        "Families demanded an inquiry into the sinking of the ferry.\n\n"
                                + "The ferry had 120 passengers on board, the operator said."));
    }

    static RawArticle raw(String id, String source, String title, String published, String text) {
        return new RawArticle(id, "test", 0, source, "https://news.example/" + id, title, Instant.parse(published),
                null, text, null);
    }

    private static final Pattern COUNT = Pattern.compile("\\b(\\d+) ([a-z]+)");

    /** Differing counts of the same noun across articles become conflicts; the first sentences a summary. */
    static final DossierStage COUNTS = (articles, origins, dups) -> {
        Map<String, Map<String, List<String>>> byNoun = new LinkedHashMap<>();
        Map<String, String> sentenceOf = new LinkedHashMap<>();
        for (Article a : articles) {
            for (String s : a.sentences()) {
                Matcher m = COUNT.matcher(s);
                while (m.find()) {
                    byNoun.computeIfAbsent(m.group(2), k -> new LinkedHashMap<>())
                            .computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(a.id());
                    sentenceOf.putIfAbsent(m.group(2) + "=" + m.group(1), s);
                }
            }
        }
        List<Dossier.Conflict> conflicts = new ArrayList<>();
        byNoun.forEach((noun, values) -> {
            if (values.size() < 2) return;
            List<Dossier.ConflictValue> sides = new ArrayList<>();
            values.forEach((v, ids) -> sides.add(new Dossier.ConflictValue(v, v, sentenceOf.get(noun + "=" + v), ids, false)));
            conflicts.add(new Dossier.Conflict("number of " + noun, sides));
        });
        List<Dossier.SummarySentence> summary = articles.stream().limit(2)
                .map(a -> new Dossier.SummarySentence(a.sentences().get(0), List.of(a.id()))).toList();
        List<Dossier.Quote> quotes = List.of();
        return new Dossier(List.of(), conflicts, quotes, List.of(), summary);
    };
}
