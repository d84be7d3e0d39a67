package dev.corroborate.cluster;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Whether an article and a story name different protagonists: each has a key name that the other never
 * mentions (the article's boxer is Thompson and the story never says Thompson; the story's is Rahman and
 * the article never says Rahman). Shared names alone (Klitschko, the IBF) cannot make two events one.
 */
final class NameClash {

    /** How many of an article's names can be key names. */
    private static final int KEY_NAMES = 3;
    /** Tagged as proper nouns, but they say when, not who or where: two reports of one event differ in them. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.");

    private NameClash() {
    }

    /**
     * An article's key names: its most mentioned names with a letter in them (bare numbers are too often
     * a page's clutter) that are not weekdays or months, each mentioned at least twice and at least half as often as the most mentioned
     * one (a name said twice beside a protagonist said eleven times is a side character), the rarer first
     * on ties.
     */
    static Set<String> keyNames(Map<String, Integer> counts, Map<String, Double> weights) {
        int most = counts.entrySet().stream().filter(e -> candidate(e.getKey()))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        int floor = Math.max(2, (most + 1) / 2);
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= floor && candidate(e.getKey()))
                .sorted(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed()
                        .thenComparing(e -> -weights.getOrDefault(e.getKey(), 0.0))
                        .thenComparing(Map.Entry::getKey))
                .limit(KEY_NAMES).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean candidate(String name) {
        return name.chars().anyMatch(Character::isLetter) && !CALENDAR.contains(name);
    }

    /** True when the article has a key name the story never mentions, and the story one the article never does. */
    static boolean between(Set<String> articleKeys, Map<String, Integer> articleNames, StoryState story) {
        return anyUnmentioned(articleKeys, story::mentions) && anyUnmentioned(story.keyNames(), articleNames::containsKey);
    }

    /** The same between two stories, for the merge pass: each has a key name the other never mentions. */
    static boolean between(StoryState a, StoryState b) {
        return anyUnmentioned(a.keyNames(), b::mentions) && anyUnmentioned(b.keyNames(), a::mentions);
    }

    private static boolean anyUnmentioned(Set<String> keys, Predicate<String> mentioned) {
        for (String k : keys) {
            if (!mentioned.test(k)) return true;
        }
        return false;
    }
}
