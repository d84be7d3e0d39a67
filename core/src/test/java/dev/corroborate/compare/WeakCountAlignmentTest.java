package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Dossier.Conflict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counts compared across reports whose sentences are not grouped into one fact, and counts that add to
 * an earlier one; on sentences of real reports (ECB+ quake, prison escape and baseball stories).
 */
class WeakCountAlignmentTest {

    private static Article article(String id, String... sentences) {
        return new Article(id, id, null, sentences[0], null, null, "eng", String.join("\n\n", sentences), List.of(sentences), List.of());
    }

    private static List<Conflict> conflicts(Article... articles) {
        Dossier d = new DossierBuilder().build(List.of(articles), Map.of(), List.of());
        return d.conflicts();
    }

    private static boolean has(List<Conflict> cs, String x, String y) {
        return cs.stream().anyMatch(c -> {
            Set<String> v = new java.util.HashSet<>();
            c.values().forEach(cv -> v.add(cv.normalized()));
            return v.contains(x) && v.contains(y);
        });
    }

    @Test
    void sharedPredicateOrModifierAlignsCountsOfLooselyRelatedSentences() {
        List<Conflict> cs = conflicts(
                article("a", "Abdolreza Sheikholeslami, the governor of Hormozgan Province, the center of the damaged area, said 40 percent to 70 percent of the buildings in seven villages were destroyed, IRNA reported.",
                        "It hit at 1:53 p.m. local time and was followed by at least four strong aftershocks, IRNA reported."),
                article("b", "The governor of Qeshm island told the AFP news agency four villages had been destroyed.",
                        "State media said three strong aftershocks were felt."));
        assertTrue(has(cs, "7 village", "4 village"), () -> "flattened vs destroyed villages: " + cs);
        assertTrue(has(cs, "more than 4 aftershock", "3 aftershock"), () -> "strong aftershocks: " + cs);
    }

    @Test
    void anArticleThatWritesTheOtherFigureTellsTwoScopesApart() {
        List<Conflict> cs = conflicts(
                article("a", "After being acquired from the Braves before the trading deadline this past season, Teixeira hit .358 with 13 homers and 43 RBIs in 54 games with the Angels."),
                article("b", "Teixeira was acquired by the Angels in a July 29 deal and hit 13 home runs in 54 games.",
                        "Overall, he finished the season with a .308 average and 33 homers."));
        assertTrue(cs.stream().noneMatch(c -> c.values().stream().anyMatch(v -> v.normalized().contains("homer"))), () -> cs.toString());
    }

    private static boolean increment(String sentence) {
        Quantity q = QuantityParser.parse(sentence).getFirst();
        return ConflictFinder.increment(sentence, q);
    }

    @Test
    void anIncrementIsNoTotal() {
        List<Conflict> cs = conflicts(
                article("a", "Comeaux was given two additional life sentences after being convicted for stabbing his wife during a prison visit."),
                article("b", "Comeaux is serving three life sentences after being convicted of assault."));
        assertTrue(cs.stream().noneMatch(c -> c.values().stream().anyMatch(v -> v.normalized().contains("sentence"))), () -> cs.toString());
        assertTrue(increment("Upon arrival they called in an additional six engines."));
        assertTrue(!increment("Two engines were sent to the store."));
    }
}
