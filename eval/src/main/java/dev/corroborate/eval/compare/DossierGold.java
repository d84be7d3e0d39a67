package dev.corroborate.eval.compare;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hand-written gold for one ECB+ story (see eval/data/dossier-gold/README.md).
 *
 * @param conflicts the true disagreements between (or within) its articles, each as the values that differ
 * @param quotes    direct quotations with their speaker as a reader attributes them
 * @param facts     some facts with the number of independent articles that report them
 */
record DossierGold(String story, List<GoldConflict> conflicts, List<GoldQuote> quotes, List<GoldFact> facts) {

    /**
     * {@code values} in the unit the dossier normalises to: minutes for durations, plain numbers else; a
     * conflict of names gives the names as the articles write them.
     */
    record GoldConflict(String about, List<String> values) {
    }

    record GoldQuote(String article, String contains, String speaker) {
    }

    record GoldFact(String article, String contains, int independent) {
    }

    static List<DossierGold> load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<DossierGold> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    DossierGold g = json.readValue(f.toFile(), DossierGold.class);
                    out.add(new DossierGold(g.story(), orEmpty(g.conflicts()), orEmpty(g.quotes()), orEmpty(g.facts())));
                } catch (IOException e) {
                    throw new IOException(f + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
                }
            }
        }
        return out;
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
