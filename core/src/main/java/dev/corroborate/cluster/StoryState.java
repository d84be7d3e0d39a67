package dev.corroborate.cluster;

import dev.corroborate.model.Story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * One story as the clusterer holds it: centroids and members while open, only the summary once closed.
 */
final class StoryState {

    /** Centroids are pruned to their heaviest terms past this size, so a long story costs no more. */
    private static final int MAX_CENTROID_TERMS = 1500;
    private static final int KEEP_CENTROID_TERMS = 800;
    /** Only the first reports compete for the headline: enough for centrality, bounded memory. */
    private static final int MAX_HEADLINE_CANDIDATES = 40;
    private static final int TOP_NAMES = 8;
    /** Members are kept for dividing the story up to this size; a story past it is established and stays whole. */
    private static final int MAX_MEMBERS = 48;

    final String id;
    final long order;
    final List<String> articles = new ArrayList<>();
    final Set<String> keys = new HashSet<>();
    Instant firstSeen;
    Instant lastSeen;
    /** Earliest and latest publication time of an original member (copies not counted): what keeps the
     * story open. */
    Instant firstReport;
    Instant lastReport;
    StoryState mergedInto;
    boolean closed;

    private Map<String, Double> terms = new HashMap<>();
    private double termNorm2;
    private Map<String, Double> names = new HashMap<>();
    private double nameNorm2;
    private float[] embedding;
    private final Map<String, Integer> nameArticles = new HashMap<>();
    /** Name to the number of members that have it among their key names. */
    private final Map<String, Integer> keyNameArticles = new HashMap<>();
    /** Articles with their own evidence (copies not counted). */
    private int reports;
    /** The members while the story can still be divided, or null once it is past {@link #MAX_MEMBERS}. */
    private List<Member> members = new ArrayList<>();
    /** Row i: similarity of member i to members 0..i-1, filled as members arrive (one row per article). */
    private List<double[]> similarities = new ArrayList<>();
    private final ToDoubleBiFunction<Member, Member> similarity;
    private final Map<String, String> display = new HashMap<>();
    private List<Candidate> candidates = new ArrayList<>();
    private String headline;
    private List<String> topNames;

    private record Candidate(String headline, Map<String, Double> terms) {
    }

    /** {@code similarity}: between two members, as the clusterer scores it (kept for dividing the story). */
    StoryState(String id, long order, ToDoubleBiFunction<Member, Member> similarity) {
        this.id = id;
        this.order = order;
        this.similarity = similarity;
    }

    StoryState root() {
        StoryState s = this;
        while (s.mergedInto != null) s = s.mergedInto;
        return s;
    }

    double termCosine(Map<String, Double> v) {
        return termNorm2 == 0 ? 0 : dot(terms, v) / Math.sqrt(termNorm2);
    }

    double nameCosine(Map<String, Double> v) {
        return nameNorm2 == 0 ? 0 : dot(names, v) / Math.sqrt(nameNorm2);
    }

    double embeddingCosine(float[] e) {
        if (embedding == null || e == null) return 0;
        double d = 0, n = 0;
        for (int i = 0; i < e.length; i++) {
            d += embedding[i] * e[i];
            n += embedding[i] * embedding[i];
        }
        return n == 0 ? 0 : d / Math.sqrt(n);
    }

    /** Cosines between the two stories' centroids: terms, names, embedding. */
    double[] cosines(StoryState o) {
        double t = termNorm2 == 0 || o.termNorm2 == 0 ? 0 : dot(terms, o.terms) / Math.sqrt(termNorm2 * o.termNorm2);
        double n = nameNorm2 == 0 || o.nameNorm2 == 0 ? 0 : dot(names, o.names) / Math.sqrt(nameNorm2 * o.nameNorm2);
        double e = 0;
        if (embedding != null && o.embedding != null) {
            double d = 0, a = 0, b = 0;
            for (int i = 0; i < embedding.length; i++) {
                d += embedding[i] * o.embedding[i];
                a += embedding[i] * embedding[i];
                b += o.embedding[i] * o.embedding[i];
            }
            e = a == 0 || b == 0 ? 0 : d / Math.sqrt(a * b);
        }
        return new double[]{t, n, e};
    }

    void add(Member m) {
        ArticleFeatures f = m.features();
        Map<String, Double> termVector = m.terms(), nameVector = m.names();
        articles.add(f.id());
        reports++;
        if (members != null && members.size() >= MAX_MEMBERS) {
            members = null;
            similarities = null;
        }
        if (members != null) track(m);
        m.keyNames().forEach(k -> keyNameArticles.merge(k, 1, Integer::sum));
        seen(f.published());
        report(f.published());
        termNorm2 = addInto(terms, termNorm2, termVector);
        nameNorm2 = addInto(names, nameNorm2, nameVector);
        if (f.embedding() != null) {
            if (embedding == null) embedding = new float[f.embedding().length];
            for (int i = 0; i < embedding.length; i++) embedding[i] += f.embedding()[i];
        }
        for (String n : f.names().keySet()) {
            nameArticles.merge(n, 1, Integer::sum);
            display.putIfAbsent(n, f.display().getOrDefault(n, n));
        }
        if (candidates.size() < MAX_HEADLINE_CANDIDATES && !f.headline().isBlank())
            candidates.add(new Candidate(f.headline(), termVector));
        if (terms.size() > MAX_CENTROID_TERMS) {
            terms = prune(terms);
            termNorm2 = terms.values().stream().mapToDouble(w -> w * w).sum();
        }
    }

    /** A copy of an article already in the story: counted as a member, not as new evidence. */
    void addCopy(String articleId, String origin, Instant published) {
        articles.add(articleId);
        seen(published);
        if (members == null || members.isEmpty()) return;
        Member.Copy copy = new Member.Copy(articleId, published);
        for (Member m : members) {
            if (m.id().equals(origin) || m.copies().stream().anyMatch(c -> c.id().equals(origin))) {
                m.copies().add(copy);
                return;
            }
        }
        members.get(0).copies().add(copy); // its origin was folded in before it: keep it with the story's first
    }

    /**
     * Whether the story speaks of the name: at least a quarter of its members mention it (one report's
     * aside about another fight is not what a twenty-report story is about).
     */
    boolean mentions(String name) {
        return 4 * nameArticles.getOrDefault(name, 0) >= Math.max(1, reports);
    }

    /** Names that are key names of at least half the members: who and where the story is about. */
    Set<String> keyNames() {
        Set<String> out = new HashSet<>();
        keyNameArticles.forEach((k, c) -> {
            if (2 * c >= reports) out.add(k);
        });
        return out;
    }

    /** The members, while the story is small enough to be divided; empty after. */
    List<Member> members() {
        return members == null ? List.of() : List.copyOf(members);
    }

    /** Similarity of member i to member j (i != j) of {@link #members()}. */
    double similarity(int i, int j) {
        return i > j ? similarities.get(i)[j] : similarities.get(j)[i];
    }

    private void track(Member m) {
        double[] row = new double[members.size()];
        for (int j = 0; j < row.length; j++) row[j] = similarity.applyAsDouble(m, members.get(j));
        members.add(m);
        similarities.add(row);
    }

    /**
     * Moves {@code group} (members of this story) into a new story and rebuilds this one from the rest; the
     * caller re-indexes both. Copies go with their originals.
     */
    StoryState splitOff(List<Member> group, String newId, long newOrder) {
        Set<String> leaving = new HashSet<>();
        group.forEach(m -> leaving.add(m.id()));
        List<Member> staying = members.stream().filter(m -> !leaving.contains(m.id())).toList();
        StoryState fresh = new StoryState(newId, newOrder, similarity);
        fresh.rebuild(group);
        rebuild(staying);
        return fresh;
    }

    private void rebuild(List<Member> from) {
        articles.clear();
        keys.clear();
        firstSeen = null;
        lastSeen = null;
        firstReport = null;
        lastReport = null;
        terms = new HashMap<>();
        termNorm2 = 0;
        names = new HashMap<>();
        nameNorm2 = 0;
        embedding = null;
        nameArticles.clear();
        keyNameArticles.clear();
        display.clear();
        candidates = new ArrayList<>();
        reports = 0;
        members = new ArrayList<>();
        similarities = new ArrayList<>();
        for (Member m : from) {
            add(m);
            for (Member.Copy c : m.copies()) {
                articles.add(c.id());
                seen(c.published());
            }
        }
    }

    /** Takes in all of {@code other}'s articles and evidence; {@code other} then points here. */
    void absorb(StoryState other) {
        articles.addAll(other.articles);
        if (other.firstSeen != null) seen(other.firstSeen);
        if (other.lastSeen != null) seen(other.lastSeen);
        if (other.firstReport != null) report(other.firstReport);
        if (other.lastReport != null) report(other.lastReport);
        other.terms.forEach((k, w) -> terms.merge(k, w, Double::sum));
        termNorm2 = terms.values().stream().mapToDouble(w -> w * w).sum();
        other.names.forEach((k, w) -> names.merge(k, w, Double::sum));
        nameNorm2 = names.values().stream().mapToDouble(w -> w * w).sum();
        if (other.embedding != null) {
            if (embedding == null) embedding = new float[other.embedding.length];
            for (int i = 0; i < embedding.length; i++) embedding[i] += other.embedding[i];
        }
        other.nameArticles.forEach((k, c) -> nameArticles.merge(k, c, Integer::sum));
        other.keyNameArticles.forEach((k, c) -> keyNameArticles.merge(k, c, Integer::sum));
        reports += other.reports;
        boolean fits = members != null && other.members != null && members.size() + other.members.size() <= MAX_MEMBERS;
        if (fits) other.members.forEach(this::track);
        else {
            members = null;
            similarities = null;
        }
        other.display.forEach(display::putIfAbsent);
        for (Candidate c : other.candidates) if (candidates.size() < MAX_HEADLINE_CANDIDATES) candidates.add(c);
        if (terms.size() > MAX_CENTROID_TERMS) {
            terms = prune(terms);
            termNorm2 = terms.values().stream().mapToDouble(w -> w * w).sum();
        }
        other.mergedInto = this;
    }

    /** Fixes headline and names and drops the centroids: a closed story only answers {@link #toStory()}. */
    void close() {
        summarise();
        closed = true;
        terms = Map.of();
        names = Map.of();
        embedding = null;
        candidates = List.of();
        nameArticles.clear();
        keyNameArticles.clear();
        display.clear();
        keys.clear();
        members = null;
        similarities = null;
    }

    Story toStory() {
        if (!closed) summarise();
        return new Story(id, headline, articles, firstSeen, lastSeen, topNames, null);
    }

    private void summarise() {
        Candidate best = null;
        double bestScore = -1;
        for (Candidate c : candidates) {
            double s = dot(terms, c.terms());
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        headline = best == null ? "" : best.headline();
        topNames = nameArticles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> display.getOrDefault(e.getKey(), e.getKey()))
                .filter(n -> !n.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.'))
                .limit(TOP_NAMES).toList();
    }

    private void report(Instant t) {
        if (t == null) return;
        if (firstReport == null || t.isBefore(firstReport)) firstReport = t;
        if (lastReport == null || t.isAfter(lastReport)) lastReport = t;
    }

    private void seen(Instant t) {
        if (t == null) return;
        if (firstSeen == null || t.isBefore(firstSeen)) firstSeen = t;
        if (lastSeen == null || t.isAfter(lastSeen)) lastSeen = t;
    }

    private static double addInto(Map<String, Double> sum, double norm2, Map<String, Double> v) {
        // |S + v|^2 = |S|^2 + 2 S.v + |v|^2, so the norm stays exact without a pass over S.
        double sv = dot(sum, v), vv = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            sum.merge(e.getKey(), e.getValue(), Double::sum);
            vv += e.getValue() * e.getValue();
        }
        return norm2 + 2 * sv + vv;
    }

    static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double d = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) d += e.getValue() * w;
        }
        return d;
    }

    private static Map<String, Double> prune(Map<String, Double> m) {
        Map<String, Double> kept = new HashMap<>(KEEP_CENTROID_TERMS * 2);
        m.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(KEEP_CENTROID_TERMS).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
