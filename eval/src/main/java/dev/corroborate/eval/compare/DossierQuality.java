package dev.corroborate.eval.compare;

import dev.corroborate.compare.DossierBuilder;
import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;
import dev.corroborate.model.Dossier.Quote;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scores dossiers against hand-written gold: conflict precision/recall, quote speakers, fact independence. */
final class DossierQuality {

    /** The figures of one run; {@code *Total} are the denominators. */
    record Scores(int conflictsFound, int conflictsRight, int goldConflicts, int goldConflictsFound,
                  int goldQuotes, int quotesFound, int speakersRight, int goldFacts, int factsFound, int independenceRight) {
        double precision() {
            return conflictsFound == 0 ? 1 : conflictsRight / (double) conflictsFound;
        }

        double recall() {
            return goldConflicts == 0 ? 1 : goldConflictsFound / (double) goldConflicts;
        }

        double speakerAccuracy() {
            return quotesFound == 0 ? 0 : speakersRight / (double) quotesFound;
        }

        double quoteRecall() {
            return goldQuotes == 0 ? 1 : quotesFound / (double) goldQuotes;
        }

        double independenceAccuracy() {
            return goldFacts == 0 ? 0 : independenceRight / (double) goldFacts;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(minutes|hours?|days|seconds)?");

    private DossierQuality() {
    }

    static Scores score(Map<String, List<Article>> stories, List<DossierGold> gold, boolean verbose, PrintStream log) {
        DossierBuilder builder = new DossierBuilder();
        int found = 0, right = 0, goldC = 0, goldFound = 0, goldQ = 0, qFound = 0, spRight = 0, goldF = 0, fFound = 0, indRight = 0;
        for (DossierGold g : gold) {
            List<Article> articles = stories.get(g.story());
            if (articles == null) throw new IllegalArgumentException("gold names an unknown story: " + g.story());
            Map<String, String> origins = new HashMap<>();
            for (Article a : articles) origins.put(a.id(), a.id()); // ECB+ gives no copy relations
            Dossier d = builder.build(articles, origins, List.of());
            if (verbose) log.printf("## %s (%d articles)%n", g.story(), articles.size());
            boolean[] goldHit = new boolean[g.conflicts().size()];
            for (Conflict c : d.conflicts()) {
                List<String> values = c.values().stream().map(ConflictValue::normalized).toList();
                boolean ok = false;
                for (int i = 0; i < goldHit.length; i++) {
                    if (matches(values, g.conflicts().get(i).values())) { goldHit[i] = true; ok = true; }
                }
                found++;
                if (ok) right++;
                if (verbose) log.printf("  %s conflict: %s %s%n", ok ? "TRUE " : "FALSE", c.about(),
                        c.values().stream().map(v -> v.value() + " " + v.sources()).toList());
            }
            for (int i = 0; i < goldHit.length; i++) {
                goldC++;
                if (goldHit[i]) goldFound++;
                else if (verbose) log.printf("  MISSED conflict: %s %s%n", g.conflicts().get(i).about(), g.conflicts().get(i).values());
            }
            for (DossierGold.GoldQuote q : g.quotes()) {
                goldQ++;
                Quote hit = d.quotes().stream().filter(x -> x.sources().contains(q.article())
                        && covers(x.text(), q.contains())).findFirst().orElse(null);
                if (hit == null) {
                    if (verbose) log.printf("  MISSED quote %s: %s%n", q.article(), q.contains());
                    continue;
                }
                qFound++;
                boolean ok = sameSpeaker(hit.speaker(), q.speaker());
                if (ok) spRight++;
                else if (verbose) log.printf("  WRONG speaker %s: \"%s\" gold=%s got=%s%n", q.article(), q.contains(), q.speaker(), hit.speaker());
            }
            for (DossierGold.GoldFact f : g.facts()) {
                goldF++;
                Dossier.Fact hit = d.facts().stream().filter(x -> x.sentences().stream().anyMatch(s -> s.article().equals(f.article())
                        && fold(s.text()).contains(fold(f.contains())))).findFirst().orElse(null);
                if (hit != null) fFound++;
                boolean ok = hit != null && hit.independent() == f.independent();
                if (ok) indRight++;
                else if (verbose) log.printf("  FACT %s \"%s\": gold %d, got %s%n", f.article(), f.contains(), f.independent(),
                        hit == null ? "no fact" : hit.independent() + " " + hit.sources());
            }
        }
        return new Scores(found, right, goldC, goldFound, goldQ, qFound, spRight, goldF, fFound, indRight);
    }

    /**
     * A found conflict is a gold one when at least two of the gold's differing values are among its values:
     * numbers compared as numbers, names as speakers are ({@link #sameSpeaker}).
     */
    static boolean matches(List<String> found, List<String> gold) {
        int hits = 0;
        for (String g : gold) {
            Double gv = g.matches("-?\\d+(\\.\\d+)?") ? Double.valueOf(g) : null;
            for (String f : found) {
                Double fv = number(f);
                boolean same = gv == null ? !f.matches(".*\\d.*") && sameSpeaker(f, g)
                        : fv != null && Math.abs(fv - gv) <= 1e-6 + 1e-3 * Math.abs(gv);
                if (same) { hits++; break; }
            }
        }
        return hits >= 2;
    }

    /** The dossier's normalised value as a number; durations in minutes, days as yyyymmdd, months and years as the year. */
    static Double number(String normalized) {
        // a day is written yyyymmdd in the gold
        if (normalized.matches("\\d{4}-\\d{2}-\\d{2}")) return Double.parseDouble(normalized.replace("-", ""));
        Matcher m = NUMBER.matcher(normalized.replace(",", ""));
        if (!m.find()) return null;
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        if (normalized.contains("UTC")) return null;
        return switch (unit) {
            case "hour", "hours" -> v * 60;
            case "days" -> v * 1440;
            case "seconds" -> v / 60;
            default -> v;
        };
    }

    /** Speakers agree when the gold's last proper name (spelling-folded) is in the found one. */
    static boolean sameSpeaker(String found, String gold) {
        String f = fold(found);
        String[] words = gold.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return f.contains(fold(words[i]));
            }
        }
        return f.replaceFirst("^(a|an|the) ", "").equals(fold(gold).replaceFirst("^(a|an|the) ", ""));
    }

    /** The quote holds the gold words (most of them: outlets word one quotation a little differently). */
    static boolean covers(String quote, String gold) {
        if (fold(quote).contains(fold(gold))) return true;
        java.util.Set<String> words = new java.util.HashSet<>(List.of(fold(quote).split("[^\\p{L}\\p{N}]+")));
        String[] g = fold(gold).split("[^\\p{L}\\p{N}]+");
        int in = 0;
        for (String w : g) if (words.contains(w)) in++;
        return in >= 0.8 * g.length;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[“”\"‘’']", "").replaceAll("(\\p{L})\\1", "$1").replaceAll("\\s+", " ").strip();
    }
}
