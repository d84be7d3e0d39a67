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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Online story clustering over articles in publication order (undated ones in arrival order), in one pass.
 *
 * <p>Each article is compared with the OPEN stories found through its {@link StoryKeys} (its heaviest terms
 * and most mentioned names in nearby time windows, which story members registered in an inverted index); it joins the most similar
 * one when the combined similarity reaches the threshold, or opens a new story. Similarity mixes the
 * TF-IDF cosine over title and body, the cosine over names and numbers, and (optionally) the cosine of
 * MiniLM embeddings of title and lead, scaled down by the time gap when both sides are dated. A story
 * closes once no original has joined it for a quiet period (publication time), so the cost of one article
 * does not grow with the number of past articles. After a join, the grown story may absorb an open story
 * whose whole centroid is similar enough: a merge judged on both stories as wholes, never on a chain of
 * single-article links.
 *
 * <p>Every decision depends only on the stories found through the article's keys, on the {@link
 * StreamState} it is weighed with and on the stories' own contents, never on how many articles came
 * before or in what order stories were touched. So a stream cut into the connected components of its key
 * graph, each clustered on its own with the whole stream's states, gives exactly the stories of the whole
 * stream.
 *
 * <p>Two events of one kind (two earthquakes, two title fights of one champion) share most words, so
 * {@link EventChecks} look at who they are about: a join between an article and a story that each have a key
 * name the other never speaks of is weighed down, two such stories never merge, and a story whose members
 * turn out to form two groups with disjoint key names is divided (an early wrong join would otherwise pull
 * every later report of both events into one story). Not thread-safe.
 */
public final class StoryClusterer {

    /** How often (in articles) stories past their quiet period are closed: housekeeping only, as a story past
     * its quiet period is never a candidate anyway. */
    private static final int SWEEP_EVERY = 64;
    /** How many of the stories nearest an article the merge pass considers. */
    private static final int MERGE_CANDIDATES = 5;

    private final ClusterConfig config;
    private final Function<Article, ArticleFeatures> features;
    private final DocumentFrequencies counts = new DocumentFrequencies();
    private final KeyHolders holders = new KeyHolders();
    private final Map<String, StoryState> open = new LinkedHashMap<>();
    private final Map<String, Set<StoryState>> index = new HashMap<>();
    private final List<StoryState> all = new ArrayList<>();
    private final Map<String, StoryState> byArticle = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final StorySplitter splitter;
    /** What stories keep between their members: nothing to compute when stories are never divided. */
    private final java.util.function.ToDoubleBiFunction<Member, Member> memberSimilarity;
    /** The latest publication time seen, and that of the last dated article to arrive. */
    private Instant clock;
    private Instant recent;
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
     * {@link #stories()}. The clusterer keeps the stream's state itself.
     */
    public String add(Article article, String origin) {
        return add(article, origin, null);
    }

    /**
     * As {@link #add(Article, String)}, with the state of the whole stream as of this article (its document
     * frequencies and clock) given instead of kept: for a run over one block of a larger stream. A clusterer
     * is fed one way or the other, not both; copies need no state.
     */
    public String add(Article article, String origin, StreamState given) {
        arrivals++;
        if (article.published() != null) {
            recent = article.published();
            if (clock == null || recent.isAfter(clock)) clock = recent;
        }
        if (given != null) recent = given.clock();
        if (arrivals % SWEEP_EVERY == 0) closeQuiet();

        StoryState copied = origin == null || origin.equals(article.id()) ? null : byArticle.get(origin);
        if (copied != null) {
            StoryState s = copied.root();
            s.addCopy(article.id(), origin, article.published());
            byArticle.put(article.id(), s);
            return s.id;
        }

        ArticleFeatures f = features.apply(article);
        StreamState state = given != null ? given : counts.add(f, recent);
        Map<String, Double> tv = DocumentFrequencies.weigh(f.terms(), state.terms(), state.documents(), false);
        Map<String, Double> nv = DocumentFrequencies.weigh(f.names(), state.names(), state.documents(), true);
        StoryKeys keys = StoryKeys.of(f, tv, state, config);
        Map<String, Integer> offeredBefore = given != null ? given.keys() : holders.add(keys.offered());
        List<String> registered = new ArrayList<>(keys.offered().size());
        for (String k : keys.offered()) if (offeredBefore.get(k) <= config.keyCapacity()) registered.add(k);
        Set<String> keyNames = NameClash.keyNames(f.names(), nv);

        // Only stories found through the keys and still open, in the order they were opened (so that ties
        // and the merge pass never depend on hashing).
        Set<StoryState> found = new HashSet<>();
        for (String k : keys.lookups()) {
            Set<StoryState> posting = index.get(k);
            if (posting != null) found.addAll(posting);
        }
        List<StoryState> candidates = new ArrayList<>(found.size());
        for (StoryState s : found) if (isOpenTo(f.published(), s)) candidates.add(s);
        candidates.sort(Comparator.comparingLong(x -> x.order));

        StoryState best = null;
        double bestScore = -1;
        // The stories nearest the article, the only ones the merge pass weighs against its story's centroid:
        // a story far from the article is far from the story it joins too, and whole-centroid products cost.
        PriorityQueue<Map.Entry<StoryState, Double>> nearest = new PriorityQueue<>(
                Map.Entry.<StoryState, Double>comparingByValue().thenComparing(e -> -e.getKey().order));
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
        }
        best.add(new Member(f, tv, nv, registered, keyNames, new ArrayList<>()));
        register(best, registered);
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

    private void register(StoryState s, List<String> keys) {
        for (String k : keys) {
            if (s.keys.add(k)) index.computeIfAbsent(k, x -> new HashSet<>()).add(s);
        }
    }

    /**
     * Whether an article published at {@code t} may still join the story: a dated article only within a quiet
     * period of the story's originals (copies do not keep a story alive); an undated one, which cannot be
     * placed in time, as if published with the last dated article that arrived. In a stream in publication
     * order a story that fails this fails it for every later article, so when the housekeeping sweep
     * closes it makes no difference to any decision.
     */
    private boolean isOpenTo(Instant t, StoryState s) {
        if (s.closed) return false;
        if (s.lastReport == null) return true;
        Instant at = t != null ? t : recent;
        if (at == null) return true;
        Duration gap = at.isAfter(s.lastReport) ? Duration.between(s.lastReport, at)
                : at.isBefore(s.firstReport) ? Duration.between(at, s.firstReport) : Duration.ZERO;
        return gap.compareTo(config.quietPeriod()) <= 0;
    }

    /** Housekeeping: closes the stories that an article at the latest time seen could no longer join. */
    private void closeQuiet() {
        if (clock == null) return;
        Instant limit = clock.minus(config.quietPeriod());
        List<StoryState> quiet = new ArrayList<>();
        for (StoryState st : open.values()) if (st.lastReport != null && st.lastReport.isBefore(limit)) quiet.add(st);
        quiet.forEach(this::close);
        holders.forgetBefore(StoryKeys.window(clock, config));
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
