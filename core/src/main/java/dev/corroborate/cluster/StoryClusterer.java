package dev.corroborate.cluster;

import dev.corroborate.model.Article;
import dev.corroborate.model.Story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Online story clustering over articles in publication order (undated ones in arrival order), in one pass.
 *
 * <p>Each article is compared with the OPEN stories only, found through an inverted index over the stories'
 * key terms and names; it joins the most similar one when the combined similarity reaches the threshold, or
 * opens a new story. Similarity mixes the TF-IDF cosine over title and body, the cosine over names and
 * numbers, and (optionally) the cosine of MiniLM embeddings of title and lead, scaled down by the time gap
 * when both sides are dated. A story closes after a quiet period, or when the open set is full, so the cost
 * of one article does not grow with the number of past articles. After a join, the grown story may absorb
 * an open story whose whole centroid is similar enough: a merge judged on both stories as wholes, never on a
 * chain of single-article links.
 *
 * <p>Two events of one kind (two earthquakes, two title fights of one champion) share most words, so
 * {@link EventChecks} look at who they are about: a join between an article and a story that each have a key
 * name the other never speaks of is weighed down, two such stories never merge, and a story whose members
 * turn out to form two groups with disjoint key names is divided (an early wrong join would otherwise pull
 * every later report of both events into one story). Not thread-safe.
 */
public final class StoryClusterer {

    /** Key terms and names per article that enter the candidate index. */
    private static final int KEY_TERMS = 20;
    private static final int KEY_NAMES = 10;
    /** How often (in articles) stories past their quiet period are looked for. */
    private static final int SWEEP_EVERY = 64;
    /** How many of the stories nearest an article the merge pass considers. */
    private static final int MERGE_CANDIDATES = 5;

    private final ClusterConfig config;
    private final Function<Article, ArticleFeatures> features;
    private final DocumentFrequencies termDf = new DocumentFrequencies(false);
    private final DocumentFrequencies nameDf = new DocumentFrequencies(true);
    /** Open stories, least recently joined first (access order gives the one to close when full). */
    private final LinkedHashMap<String, StoryState> open = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Set<StoryState>> index = new HashMap<>();
    private final List<StoryState> all = new ArrayList<>();
    private final Map<String, StoryState> byArticle = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final StorySplitter splitter;
    /** What stories keep between their members: nothing to compute when stories are never divided. */
    private final java.util.function.ToDoubleBiFunction<Member, Member> memberSimilarity;
    private Instant clock;
    private long arrivals;

    /** Default settings, with the dense embedding. */
    public StoryClusterer() {
        this(ClusterConfig.defaults());
    }

    public StoryClusterer(ClusterConfig config) {
        this(config, new FeatureExtractor(config.useEmbeddings()));
    }

    /** With a given feature source (for example one that caches features across evaluation runs). */
    public StoryClusterer(ClusterConfig config, Function<Article, ArticleFeatures> features) {
        this.config = config;
        this.features = features;
        this.splitter = new StorySplitter(config.checks(), (a, b) -> score(StoryState.dot(a.terms(), b.terms()),
                StoryState.dot(a.names(), b.names()), embeddingCosine(a, b)));
        this.memberSimilarity = config.checks().splitMinGroup() == 0 ? (a, b) -> 0 : splitter::similarity;
    }

    /**
     * Adds one article and returns the id of the story it joins. {@code origin} is the id of the article it
     * copies (its own id, or null, when it is an original): a copy always joins its original's story.
     * Stories absorbed by a later merge keep answering through the story that absorbed them in
     * {@link #stories()}.
     */
    public String add(Article article, String origin) {
        arrivals++;
        if (article.published() != null && (clock == null || article.published().isAfter(clock))) {
            clock = article.published();
        }
        if (arrivals % SWEEP_EVERY == 0) closeQuiet();

        StoryState copied = origin == null || origin.equals(article.id()) ? null : byArticle.get(origin);
        if (copied != null) {
            StoryState s = copied.root();
            s.addCopy(article.id(), origin, article.published(), arrivals);
            byArticle.put(article.id(), s);
            if (!s.closed) open.get(s.id); // touch: a story still being copied is alive
            return s.id;
        }

        ArticleFeatures f = features.apply(article);
        Map<String, Double> tv = termDf.addAndWeigh(f.terms());
        Map<String, Double> nv = nameDf.addAndWeigh(f.names());
        List<String> keys = keys(tv, f.names());
        Set<String> keyNames = NameClash.keyNames(f.names(), nv);

        // Stories register their members' key terms and names; the article looks up ALL of its own, so
        // a story is found through any of its salient words that the article uses at all.
        Set<StoryState> candidates = new LinkedHashSet<>();
        for (String t : tv.keySet()) {
            Set<StoryState> posting = index.get("t:" + t);
            if (posting != null) candidates.addAll(posting);
        }
        for (String n : nv.keySet()) {
            Set<StoryState> posting = index.get("n:" + n);
            if (posting != null) candidates.addAll(posting);
        }
        StoryState best = null;
        double bestScore = -1;
        // The stories nearest the article, the only ones the merge pass weighs against its story's centroid:
        // a story far from the article is far from the story it joins too, and whole-centroid products cost.
        PriorityQueue<Map.Entry<StoryState, Double>> nearest = new PriorityQueue<>(Map.Entry.comparingByValue());
        for (StoryState s : candidates) {
            double score = score(s.termCosine(tv), s.nameCosine(nv), s.embeddingCosine(f.embedding()))
                    * timeFactor(f.published(), s);
            // The name check is the dearer part, so it is only asked of a story that could win.
            if (score > bestScore && score >= config.threshold() && config.checks().clashFactor() < 1
                    && NameClash.between(keyNames, f.names(), s)) score *= config.checks().clashFactor();
            nearest.add(Map.entry(s, score));
            if (nearest.size() > MERGE_CANDIDATES) nearest.poll();
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best == null || bestScore < config.threshold()) {
            best = new StoryState(storyId(article.id()), all.size(), memberSimilarity);
            all.add(best);
            open.put(best.id, best);
            closeOverflow();
        } else {
            open.get(best.id);
        }
        best.add(new Member(f, tv, nv, keys, keyNames, new ArrayList<>()), arrivals);
        register(best, keys);
        byArticle.put(article.id(), best);
        if (config.mergeThreshold() <= 1) {
            List<StoryState> near = new ArrayList<>();
            nearest.forEach(e -> near.add(e.getKey()));
            near.sort(Comparator.comparingLong(x -> x.order)); // the same order as before: oldest first
            best = mergeInto(best, near);
        }
        return splitIfTwoEvents(best, article.id()).id;
    }

    /** All stories so far in the order they were opened, open ones summarised as they stand now. */
    public List<Story> stories() {
        return all.stream().filter(s -> s.mergedInto == null).map(StoryState::toStory).toList();
    }

    /** Number of stories currently open (what one article is compared with at most). */
    public int openStories() {
        return open.size();
    }

    private double score(double terms, double names, double embedding) {
        double w = config.termWeight() + config.nameWeight();
        double s = config.termWeight() * terms + config.nameWeight() * names;
        if (config.useEmbeddings()) {
            w += config.embeddingWeight();
            s += config.embeddingWeight() * embedding;
        }
        return s / w;
    }

    private static double embeddingCosine(Member a, Member b) {
        float[] x = a.features().embedding(), y = b.features().embedding();
        if (x == null || y == null) return 0;
        double d = 0;
        for (int i = 0; i < x.length; i++) d += x[i] * y[i];
        return d;
    }

    /**
     * Divides the story when its members turn out to tell two events (see {@link StorySplitter}); returns
     * the part that holds the article.
     */
    private StoryState splitIfTwoEvents(StoryState s, String articleId) {
        List<Member> group = splitter.divide(s);
        if (group.isEmpty()) return s;
        unregister(s);
        StoryState fresh = s.splitOff(group, storyId(group.get(0).id()), all.size());
        all.add(fresh);
        open.put(fresh.id, fresh);
        for (StoryState part : List.of(s, fresh)) {
            for (Member m : part.members()) register(part, m.keys());
            part.articles.forEach(a -> byArticle.put(a, part));
        }
        closeOverflow();
        return byArticle.get(articleId);
    }

    /** 1 within the story's span, falling smoothly to about 0.37 one quiet period away; 1 when undated. */
    private double timeFactor(Instant t, StoryState s) {
        if (t == null || s.lastSeen == null) return 1;
        Duration gap = t.isAfter(s.lastSeen) ? Duration.between(s.lastSeen, t)
                : t.isBefore(s.firstSeen) ? Duration.between(t, s.firstSeen) : Duration.ZERO;
        double x = (double) gap.toMillis() / config.quietPeriod().toMillis();
        return Math.exp(-x * x);
    }

    /** Absorbs into the story (or it into an older one) any open candidate whose centroid is close enough. */
    private StoryState mergeInto(StoryState grown, List<StoryState> candidates) {
        StoryState target = grown;
        for (StoryState c : candidates) {
            if (c == target || c.mergedInto != null || c.closed) continue;
            double[] cos = target.cosines(c);
            double sim = score(cos[0], cos[1], cos[2]) * timeFactorStories(target, c);
            // Two whole stories that each name a protagonist the other never does are two events, however
            // alike their words: the merge is refused outright when the name check is on.
            if (sim < config.mergeThreshold() || config.checks().clashFactor() < 1 && NameClash.between(target, c)) continue;
            StoryState keep = c.order < target.order ? c : target;
            StoryState gone = keep == c ? target : c;
            keep.absorb(gone);
            open.remove(gone.id);
            for (String k : gone.keys) {
                Set<StoryState> p = index.get(k);
                if (p != null) p.remove(gone);
            }
            register(keep, List.copyOf(gone.keys));
            target = keep;
        }
        return target;
    }

    private double timeFactorStories(StoryState a, StoryState b) {
        if (a.lastSeen == null || b.lastSeen == null) return 1;
        Instant end = a.lastSeen.isAfter(b.lastSeen) ? b.lastSeen : a.lastSeen;
        Instant start = a.firstSeen.isAfter(b.firstSeen) ? a.firstSeen : b.firstSeen;
        if (!start.isAfter(end)) return 1; // spans overlap
        double x = (double) Duration.between(end, start).toMillis() / config.quietPeriod().toMillis();
        return Math.exp(-x * x);
    }

    /** An article's key terms (heaviest TF-IDF) and key names (most mentioned), under which its story is found. */
    private static List<String> keys(Map<String, Double> tv, Map<String, Integer> names) {
        List<String> keys = new ArrayList<>(KEY_TERMS + KEY_NAMES);
        top(tv, KEY_TERMS).forEach(k -> keys.add("t:" + k));
        top(names, KEY_NAMES).forEach(k -> keys.add("n:" + k));
        return keys;
    }

    private static <N extends Number & Comparable<N>> List<String> top(Map<String, N> v, int n) {
        return v.entrySet().stream()
                .sorted(Map.Entry.<String, N>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    private void register(StoryState s, List<String> keys) {
        for (String k : keys) {
            if (s.keys.add(k)) index.computeIfAbsent(k, x -> new HashSet<>()).add(s);
        }
    }

    private void closeQuiet() {
        if (clock == null) return;
        Instant limit = clock.minus(config.quietPeriod());
        Iterator<StoryState> it = open.values().iterator();
        List<StoryState> quiet = new ArrayList<>();
        while (it.hasNext()) {
            StoryState s = it.next();
            if (s.lastSeen != null && s.lastSeen.isBefore(limit)) quiet.add(s);
        }
        quiet.forEach(this::close);
    }

    private void closeOverflow() {
        while (open.size() > config.maxOpenStories()) close(open.values().iterator().next());
    }

    private void close(StoryState s) {
        open.remove(s.id);
        unregister(s);
        s.close();
    }

    private void unregister(StoryState s) {
        for (String k : s.keys) {
            Set<StoryState> p = index.get(k);
            if (p == null) continue;
            p.remove(s);
            if (p.isEmpty()) index.remove(k);
        }
        s.keys.clear();
    }

    /** "s-" and 12 hex digits of the SHA-256 of the first article's id: the same input gives the same ids. */
    private String storyId(String firstArticle) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(firstArticle.getBytes(StandardCharsets.UTF_8));
            String id = "s-" + HexFormat.of().formatHex(h, 0, 6);
            String unique = id;
            for (int i = 2; !usedIds.add(unique); i++) unique = id + "-" + i;
            return unique;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
