package dev.corroborate.render;

import dev.corroborate.model.Analysis;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Removed;
import dev.corroborate.model.Story;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The readable report of {@code analyze}: Markdown, grouped by story. */
public final class TextReport {

    private TextReport() {
    }

    public static void write(Analysis analysis, boolean explain, PrintWriter out) {
        Map<String, Article> byId = analysis.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        out.printf("# Corroborate report%n%n%d articles, %d copies folded, %d stories%n",
                analysis.articles().size(), analysis.duplicates().size(), analysis.stories().size());
        for (Story s : analysis.stories()) {
            out.printf("%n## Story %s: %s%n%n", s.id(), s.headline() == null ? "(untitled)" : s.headline());
            if (s.dossier() != null) DossierMarkdown.write(s.dossier(), out);
            for (String id : s.articles()) {
                Article a = byId.get(id);
                if (a != null) writeArticle(a, analysis.originOf(id), explain, out);
            }
        }
        if (!analysis.duplicates().isEmpty()) {
            out.printf("%n## Copies%n%n");
            for (CopyRelation c : analysis.duplicates()) {
                out.printf("- %s copies %s (containment %.2f, Jaccard %.2f)%n", c.copy(), c.original(),
                        c.containment(), c.jaccard());
            }
        }
        if (!analysis.errors().isEmpty()) {
            out.printf("%n## Inputs that could not be read%n%n");
            analysis.errors().forEach(e -> out.printf("- %s%n", e));
        }
    }

    private static void writeArticle(Article a, String origin, boolean explain, PrintWriter out) {
        out.printf("### %s%n", a.id());
        out.printf("- outlet: %s%n- title: %s%n- date: %s%n- byline: %s%n", orDash(a.source()), orDash(a.title()),
                a.published() == null ? "-" : a.published(), orDash(a.author()));
        if (a.url() != null) out.printf("- url: %s%n", a.url());
        out.printf("- language: %s%n- words: %d, sentences kept: %d%n", a.language(), a.wordCount(), a.sentences().size());
        if (!origin.equals(a.id())) out.printf("- copy of: %s%n", origin);
        out.printf("- boilerplate removed: %d%n", a.removed().size());
        if (explain) {
            for (Removed r : a.removed()) {
                out.printf("  - [%s] %s%n", r.reason(), r.text().replace('\n', ' '));
            }
        }
        out.println();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
