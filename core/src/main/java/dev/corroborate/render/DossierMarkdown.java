package dev.corroborate.render;

import dev.corroborate.model.Dossier;
import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;
import dev.corroborate.model.Dossier.Fact;
import dev.corroborate.model.Dossier.Quote;
import dev.corroborate.model.Dossier.SummarySentence;
import dev.corroborate.model.Dossier.TimelineEvent;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** A story's dossier as Markdown: summary, conflicts, corroborated facts, unique details, quotes, timeline. */
public final class DossierMarkdown {

    private DossierMarkdown() {
    }

    public static String render(Dossier d) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            write(d, out);
        }
        return s.toString();
    }

    public static void write(Dossier d, PrintWriter out) {
        if (!d.summary().isEmpty()) {
            out.printf("#### Summary%n%n");
            for (SummarySentence s : d.summary()) out.printf("- %s %s%n", md(s.text()), cite(s.sources()));
            out.println();
        }
        if (!d.conflicts().isEmpty()) {
            out.printf("#### Where the sources differ%n%n");
            for (Conflict c : d.conflicts()) {
                out.printf("- **%s**%n", md(c.about()));
                for (ConflictValue v : c.values()) {
                    out.printf("  - %s (%s) %s%s: \"%s\"%n", md(v.value()), md(v.normalized()), cite(v.sources()),
                            v.fromCopy() ? " (copy)" : "", md(v.text()));
                }
            }
            out.println();
        }
        List<Fact> shared = d.facts().stream().filter(f -> f.sources().size() > 1).toList();
        List<Fact> unique = d.facts().stream().filter(f -> f.sources().size() == 1).toList();
        if (!shared.isEmpty()) {
            out.printf("#### Facts reported by more than one outlet%n%n");
            for (Fact f : shared) {
                out.printf("- %s %s, %d independent%n", md(f.text()), cite(f.sources()), f.independent());
            }
            out.println();
        }
        if (!unique.isEmpty()) {
            out.printf("#### Reported by one outlet only%n%n");
            for (Fact f : unique) out.printf("- %s %s%n", md(f.text()), cite(f.sources()));
            out.println();
        }
        if (!d.quotes().isEmpty()) {
            out.printf("#### Quotes%n%n");
            for (Quote q : d.quotes()) {
                out.printf("- \"%s\" (%s) %s%n", md(q.text()), q.speaker().isEmpty() ? "speaker unknown" : md(q.speaker()),
                        cite(q.sources()));
            }
            out.println();
        }
        if (!d.timeline().isEmpty()) {
            out.printf("#### Timeline%n%n");
            for (TimelineEvent e : d.timeline()) out.printf("- %s: %s %s%n", e.when(), md(e.what()), cite(e.sources()));
            out.println();
        }
    }

    private static String cite(List<String> sources) {
        return "[" + String.join(", ", sources) + "]";
    }

    // keep article text from turning into Markdown markup
    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]")
                .replace("<", "&lt;").replace("\n", " ");
    }
}
