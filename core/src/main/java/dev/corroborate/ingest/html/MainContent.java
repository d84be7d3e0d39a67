package dev.corroborate.ingest.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article body of a page: our boilerplate pre-cleaning, then Readability's content scoring, then our
 * post-filtering of what Readability keeps too readily (captions, link lists, bylines, date lines, prompts).
 */
final class MainContent {

    // Short lines that are page furniture, not article text.
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:advertisement|advertising|sponsored|"
            + "ad|story continues below|article continues below|continue reading|read more|read next|read also|"
            + "see also|related|related articles?|related stories|related coverage|more from|more on this|"
            + "recommended|you may also like|trending|share|share this|share this article|share on \\w+|tweet|"
            + "email|print|comments?|follow us|sign up|subscribe|click here|photo|image|credit|loading|"
            + "skip to content|all rights reserved|copyright|watch|listen|play|download).{0,80}$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|von|par|por|door)\\s+\\p{Lu}.{0,80}$");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:(?:published|updated|posted|last updated|"
            + "first published|modified)\\b.{0,60}|(?:\\w+,? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.? \\d{1,2},? \\d{4}.{0,30}|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]* \\d{4}.{0,30}|\\d{4}-\\d{2}-\\d{2}.{0,20})$");
    private static final Pattern CAPTION = Pattern.compile("(?i)^(?:photo|image|picture|credit|source|"
            + "illustration|file photo|\\(?photo)\\b.{0,150}$|.{0,200}\\((?:photo|image|credit):?[^)]*\\)$|"
            + ".{0,200}(?:getty images|ap photo|reuters|afp|shutterstock|istock)[^.]{0,40}$");

    private MainContent() {
    }

    static String extract(Document doc, String baseUrl, String title) {
        Element body = doc.body();
        if (body == null) return "";
        Boilerplate.strip(body);
        // Our own simple choice, rendered now because Readability edits the page: the fallback when
        // Readability fails or settles on a fragment much smaller than the densest text block.
        Element densest = densest(body);
        String fallback = densest == null ? "" : render(densest, title);
        Element content = null;
        try {
            Article article = new Readability4J(baseUrl == null ? "" : baseUrl, doc).parse();
            content = article.getArticleContent();
        } catch (RuntimeException e) {
            // Readability gives up on some odd pages; the fallback stands in
        }
        String text = content == null ? "" : render(content, title);
        return text.length() < 0.3 * fallback.length() ? fallback : text;
    }

    private static String render(Element content, String title) {
        dropLinkLists(content);
        return String.join("\n\n", filter(Paragraphs.of(content), title));
    }

    /** The element whose paragraphs (or text lines) hold the most text outside links, else null. */
    static Element densest(Element root) {
        Map<Element, Long> score = new IdentityHashMap<>();
        for (Element p : root.select("p, pre, blockquote")) {
            long mass = Boilerplate.paragraphText(p);
            if (mass >= 20 && p.parent() != null) score.merge(p.parent(), mass, Long::sum);
        }
        for (Element d : root.select("div, td, section, article, span")) {
            long direct = 0;
            for (TextNode t : d.textNodes()) direct += t.text().strip().length();
            if (direct >= 50) score.merge(d, direct, Long::sum);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    // Blocks that are mostly links (related stories, tag lists, "more from") are navigation.
    private static void dropLinkLists(Element content) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : content.select("ul, ol, p, div, li, section, table")) {
            String text = e.text();
            if (text.isEmpty()) continue;
            int words = text.split("\\s+").length;
            double linked = 0;
            for (Element a : e.getElementsByTag("a")) linked += a.text().length();
            double density = linked / text.length();
            if (density > 0.5 && words < 40 || density > 0.7) doomed.add(e);
        }
        for (Element e : doomed) if (e.parent() != null) e.remove();
    }

    private static List<String> filter(List<String> paragraphs, String title) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String titleKey = title == null ? null : key(title);
        for (String p : paragraphs) {
            String k = key(p);
            if (k.isEmpty() || !seen.add(k)) continue;
            if (k.equals(titleKey)) continue;
            int words = p.split("\\s+").length;
            if (words <= 12 && (FURNITURE.matcher(p).matches() || BYLINE.matcher(p).matches()
                    || DATE_LINE.matcher(p).matches())) continue;
            if (words <= 40 && CAPTION.matcher(p).matches()) continue;
            out.add(p);
        }
        return out;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
