package dev.corroborate.eval.compare;

import dev.corroborate.compare.DossierBuilder;
import dev.corroborate.model.Article;
import dev.corroborate.nlp.Embedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code eval/run dossier-bench}: time to build the dossier of a 10-article ECB+ story after start-up,
 * per story and per sentence, with the bytes it allocates; beside it, in the same run, the peer that
 * bounds it from below: embedding the same sentences with all-MiniLM-L6-v2 alone.
 */
@Command(name = "dossier-bench", mixinStandardHelpOptions = true,
        description = "Benchmark dossier building on 10-article ECB+ stories (time per story and per sentence, memory).")
public final class DossierBenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "eval/data/ecbplus-dev/articles.jsonl")
    Path articles;

    @Option(names = "--rounds", defaultValue = "2", description = "Timed passes over all stories (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--stories", defaultValue = "12", description = "How many 10-article stories (default: ${DEFAULT-VALUE}).")
    int maxStories;

    @Override
    public Integer call() throws Exception {
        List<List<Article>> stories = new ArrayList<>();
        for (List<Article> s : EcbStories.load(articles).values()) {
            if (s.size() >= 10 && stories.size() < maxStories) stories.add(s.subList(0, 10));
        }
        DossierBuilder builder = new DossierBuilder();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        // start-up: model load and JIT warm-up on two stories
        for (List<Article> s : stories.subList(0, 2)) builder.build(s, identity(s), List.of());
        int sentences = 0;
        for (List<Article> s : stories) for (Article a : s) sentences += a.sentences().size();
        long[] storyNanos = new long[stories.size() * rounds];
        long embedNanos = 0, allocated = 0, peakHeap = 0;
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (List<Article> s : stories) {
                Embedder.clearCache(); // cold: every sentence of the story goes through the model
                long a0 = threads.getThreadAllocatedBytes(tid), t0 = System.nanoTime();
                builder.build(s, identity(s), List.of());
                storyNanos[k++] = System.nanoTime() - t0;
                allocated += threads.getThreadAllocatedBytes(tid) - a0;
                Runtime rt = Runtime.getRuntime();
                peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
                List<String> texts = new ArrayList<>();
                for (Article a : s) texts.addAll(a.sentences());
                Embedder.clearCache();
                long e0 = System.nanoTime();
                Embedder.embedAll(texts);
                embedNanos += System.nanoTime() - e0;
            }
        }
        long[] sorted = storyNanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(storyNanos).average().orElse(0) / 1e6;
        System.out.printf("dossier-bench: %d ECB+ stories of 10 articles, %d sentences, %d rounds, %d cores, %s%n",
                stories.size(), sentences, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("dossier: mean %.0f ms per story, median %.0f ms, max %.0f ms; %.2f ms per sentence (target < 1000 ms per story)%n",
                mean, sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6, mean * stories.size() / sentences);
        System.out.printf("peer, all-MiniLM-L6-v2 embedding of the same sentences alone: mean %.0f ms per story, %.2f ms per sentence%n",
                embedNanos / 1e6 / (stories.size() * rounds), embedNanos / 1e6 / ((double) sentences * rounds));
        System.out.printf("dossier minus peer: %.0f ms per story (the dossier embeds each distinct sentence once, so it can be negative)%n",
                mean - embedNanos / 1e6 / (stories.size() * rounds));
        System.out.printf("memory: %.1f MB allocated per story by the building thread (the model's worker threads not counted),"
                + " peak heap in use %.0f MB%n",
                allocated / 1e6 / (stories.size() * rounds), peakHeap / 1e6);
        return 0;
    }

    private static Map<String, String> identity(List<Article> s) {
        Map<String, String> m = new HashMap<>();
        for (Article a : s) m.put(a.id(), a.id());
        return m;
    }
}
