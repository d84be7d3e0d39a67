package dev.corroborate.clean;

import dev.corroborate.ingest.html.HtmlExtractor;
import dev.corroborate.ingest.html.HtmlPage;
import dev.corroborate.model.Article;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Removed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Turns raw articles into clean ones: normalise Unicode and spacing, take metadata out of the head
 * (byline, date line, headline, dateline), reflow hard-wrapped lines into paragraphs, drop boilerplate
 * paragraphs by rule ({@link BoilerplateRules}) and, in a batch, by what repeats across one outlet's
 * articles ({@link OutletRepeats}), then split sentences and identify the language. Every removal is
 * kept in {@link Article#removed()} with its reason. Thread-safe.
 */
public final class Cleaner {

    /** Batches at least this large are cleaned on all cores. */
    private static final int PARALLEL_FROM = 64;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final LanguageIdentifier languages = new LanguageIdentifier();

    /** An article between the per-article rules and the batch-level repeats. */
    private record Draft(RawArticle raw, String source, String url, String title, Instant published,
                         String author, List<String> paragraphs, List<Removed> removed) {
    }

    /**
     * Cleans a batch; boilerplate repeated across one outlet's articles in the batch is learned. An article
     * that cannot be cleaned, or has no text left, is reported to {@code errors} and left out.
     */
    public List<Article> cleanBatch(List<RawArticle> raw, Consumer<InputError> errors) {
        IntStream indexes = IntStream.range(0, raw.size());
        if (raw.size() >= PARALLEL_FROM) indexes = indexes.parallel();
        List<Object> drafted = indexes.mapToObj(i -> {
            RawArticle r = raw.get(i);
            try {
                return (Object) draft(r);
            } catch (RuntimeException e) {
                return new InputError(r.input(), r.line(), "cannot clean article " + r.id() + ": " + e);
            }
        }).toList();
        List<Draft> drafts = new ArrayList<>();
        for (Object o : drafted) {
            if (o instanceof Draft d) drafts.add(d);
            else errors.accept((InputError) o);
        }
        List<Map<Integer, String>> repeats = OutletRepeats.find(drafts.stream().map(Draft::source).toList(),
                drafts.stream().map(Draft::paragraphs).toList());
        IntStream finishing = IntStream.range(0, drafts.size());
        if (drafts.size() >= PARALLEL_FROM) finishing = finishing.parallel();
        List<Article> articles = finishing.mapToObj(i -> finish(drafts.get(i), repeats.get(i))).toList();
        List<Article> kept = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (a.text().isBlank()) {
                RawArticle r = drafts.get(i).raw();
                errors.accept(new InputError(r.input(), r.line(), "no article text left after cleaning (" + r.id() + ")"));
            } else {
                kept.add(a);
            }
        }
        return kept;
    }

    /** Cleans one article on its own (rules only): the streaming path for corpus-scale commands. */
    public Article clean(RawArticle r) {
        return finish(draft(r), Map.of());
    }

    private Draft draft(RawArticle r) {
        String text = r.text();
        String title = r.title();
        String source = r.source();
        String url = r.url();
        String author = r.author();
        Instant published = r.published();
        if (r.isHtml()) {
            HtmlPage page = new HtmlExtractor().extract(r.html(), r.url());
            text = page.text();
            title = title != null ? title : page.title();
            source = source != null ? source : page.siteName();
            url = url != null ? url : page.canonicalUrl();
            author = author != null ? author : page.author();
            published = published != null ? published : page.published();
        }
        String normal = TextNormalizer.normalize(text == null ? "" : text);
        // A headline line is looked for only in whole-file text: a feed (JSONL, WARC) or page names its title,
        // and a short first line of its body is more often a subheading or caption worth keeping.
        LeadMetadata.Lead lead = LeadMetadata.extract(Reflow.lines(normal), title == null && r.line() == 0 && !r.isHtml());
        List<Removed> removed = new ArrayList<>(lead.removed());
        List<String> paragraphs = new ArrayList<>();
        String previousWhy = null;
        for (String p : Reflow.paragraphs(lead.lines())) {
            String why = BoilerplateRules.reason(p);
            if (why == null && BoilerplateRules.RELATED.equals(previousWhy) && BoilerplateRules.isWrappedTail(p)) {
                why = BoilerplateRules.RELATED + " (wrapped line)";
            }
            previousWhy = why;
            if (why != null) {
                removed.add(new Removed(p, why));
                continue;
            }
            int cut = BoilerplateRules.trailingPromotion(p);
            if (cut > 0) {
                String kept = p.substring(0, cut).strip();
                String keptWhy = BoilerplateRules.reason(kept);
                if (keptWhy != null) removed.add(new Removed(kept, keptWhy));
                removed.add(new Removed(p.substring(cut).strip(), BoilerplateRules.GLUED_PROMO));
                if (keptWhy != null) continue;
                p = kept;
            }
            paragraphs.add(p);
        }
        return new Draft(r, source, url, title != null ? title : lead.title(),
                published != null ? published : lead.published(), author != null ? author : lead.author(),
                paragraphs, removed);
    }

    private Article finish(Draft d, Map<Integer, String> repeated) {
        List<String> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>(d.removed());
        for (int i = 0; i < d.paragraphs().size(); i++) {
            String why = repeated.get(i);
            if (why != null) removed.add(new Removed(d.paragraphs().get(i), why));
            else kept.add(d.paragraphs().get(i));
        }
        String text = String.join("\n\n", kept);
        RawArticle r = d.raw();
        return new Article(r.id(), d.source(), d.url(), d.title(), d.published(), d.author(),
                languages.identify(text), text, splitter.split(text), removed);
    }
}
