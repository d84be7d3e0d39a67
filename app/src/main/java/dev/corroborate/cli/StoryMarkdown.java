package dev.corroborate.cli;

import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.store.StoredArticle;
import dev.corroborate.store.StoredStory;

import java.util.List;

/** {@code show --format md}: the dossier as Markdown, sources cited by article id. */
final class StoryMarkdown {

    private StoryMarkdown() {
    }

    static String render(StoredStory st) {
        StringBuilder b = new StringBuilder();
        Dossier d = st.story().dossier() == null ? Dossier.empty() : st.story().dossier();
        b.append("# ").append(oneLine(st.summary().headline() == null ? "(untitled)" : st.summary().headline())).append("\n\n");
        b.append(String.format("Story %s: %d articles from %d outlets, %d conflicts, updated %s%n", st.story().id(),
                st.summary().articles(), st.summary().outlets(), st.summary().conflicts(), st.summary().time()));
        b.append("\n## Summary\n\n");
        for (Dossier.SummarySentence s : d.summary()) b.append(oneLine(s.text())).append(cite(s.sources())).append(' ');
        b.append("\n\n## Conflicts\n");
        for (Dossier.Conflict c : d.conflicts()) {
            b.append("\n### ").append(oneLine(c.about())).append("\n\n");
            for (Dossier.ConflictValue v : c.values()) {
                b.append("- **").append(oneLine(v.value())).append("**").append(v.fromCopy() ? " (only from copies)" : "")
                        .append(": ").append(oneLine(v.text())).append(cite(v.sources())).append('\n');
            }
        }
        b.append("\n## Facts\n\n");
        for (Dossier.Fact f : d.facts()) {
            b.append("- ").append(oneLine(f.text())).append(" (independent sources: ").append(f.independent()).append(')')
                    .append(cite(f.sources())).append('\n');
        }
        b.append("\n## Quotes\n\n");
        for (Dossier.Quote q : d.quotes()) {
            b.append("- ").append(q.speaker() == null ? "Unattributed" : oneLine(q.speaker())).append(": \"")
                    .append(oneLine(q.text())).append('"').append(cite(q.sources())).append('\n');
        }
        b.append("\n## Timeline\n\n");
        for (Dossier.TimelineEvent e : d.timeline()) {
            b.append("- ").append(e.when()).append(": ").append(oneLine(e.what())).append(cite(e.sources())).append('\n');
        }
        b.append("\n## Articles\n");
        for (StoredArticle sa : st.articles()) {
            Article a = sa.article();
            b.append("\n### ").append(a.id()).append(": ").append(a.title() == null ? "(untitled)" : oneLine(a.title())).append("\n\n");
            b.append("- outlet: ").append(a.source() == null ? "-" : a.source()).append('\n');
            b.append("- published: ").append(a.published() == null ? "-" : a.published()).append('\n');
            if (a.url() != null) b.append("- url: ").append(a.url()).append('\n');
            if (!sa.origin().equals(a.id())) b.append("- copy of: ").append(sa.origin()).append('\n');
        }
        return b.toString();
    }

    private static String cite(List<String> sources) {
        return sources.isEmpty() ? "" : " [" + String.join(", ", sources) + "]";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
