package dev.corroborate.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the page structures that are never article text, before the content scorer sees the page: navigation,
 * headers and footers, asides, forms and buttons, dialogs, hidden elements, microdata metadata blocks, and
 * elements whose class, id or role names a known kind of boilerplate (share bars, related links, newsletter
 * prompts, cookie banners, comments, bylines, captions, ads). An element holding a large part of the page's text
 * outside links is kept whatever its name says, so a content wrapper with an unlucky class
 * ("article-with-sidebar") survives.
 */
final class Boilerplate {

    private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "header", "button", "select",
            "input", "textarea", "label", "iframe", "svg", "noscript", "figcaption", "template", "dialog", "menu",
            "h1");

    // Microdata properties that hold page metadata, not article text (often hidden by the site's CSS).
    private static final Set<String> META_PROPS = Set.of("publisher", "image", "logo", "keywords", "author",
            "creator", "datepublished", "datemodified", "datecreated", "thumbnailurl", "url", "width", "height",
            "value", "contenturl", "headline", "alternativeheadline", "mainentityofpage", "associatedmedia");

    private static final Set<String> ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "tablist", "button", "alert");

    // Whole words (between -, _ or the ends) inside one class or id token.
    private static final Pattern WORDS = Pattern.compile("(?:^|[-_])(?:"
            + "ad|ads|advert|adverts|advertisement|advertising|adslot|adunit|dfp|sponsor|sponsored|promo|promos|"
            + "share|sharing|social|related|recirc|recommended|newsletter|subscribe|subscription|signup|"
            + "cookie|cookies|consent|gdpr|comment|comments|disqus|byline|timestamp|dateline|caption|captions|"
            + "credit|credits|breadcrumb|breadcrumbs|tags|popular|trending|mostread|outbrain|taboola|sidebar|"
            + "footer|masthead|nav|navbar|navigation|menu|modal|popup|toolbar|print|widget|skip|"
            + "pagination|pager|survey|poll|disclaimer|tooltip|dropdown|kicker|eyebrow)(?:$|[-_])");

    // Distinctive fragments that mark boilerplate wherever they occur in a token.
    private static final Pattern FRAGMENTS = Pattern.compile("outbrain|taboola|newsletter|cookie|advert|"
            + "sharing|sharebar|share-bar|socialbar|social-links|related|recommend|comments|disqus|byline|"
            + "breadcrumb|paywall|subscribe|signup|sign-up|popup|modal|sidebar|mostpopular|most-popular|"
            + "mostread|most-read|trending|sponsored|promo|caption|screen-reader|sr-only|visually-hidden|"
            + "skip-link|skiplink|author-info|authorinfo|author-bio|authorbio|article-meta|post-meta|entry-meta|"
            + "postmeta|share-tools|sharetools|follow-us|app-promo|newsfeed|readnext|read-next|readmore|"
            + "read-more|more-stories|morestories|also-read|alsoread|you-may-like|youmaylike|popover|hovercard|"
            + "hover-card|rollover-\\w*-?block");

    // Names that look like boilerplate but routinely wrap the article itself.
    private static final Pattern CONTENT_NAMES = Pattern.compile(
            "article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|"
                    + "story-?content|article-?text|story-?text|main-?content|body-?text|articlebody|"
                    + "content-?body|rich-?text|paywall-?content|^content$|^article$|^story$|^post$|^main$");

    private Boilerplate() {
    }

    /** Removes boilerplate elements under {@code root}, returning how many were removed. */
    static int strip(Element root) {
        Map<Element, Long> mass = textMass(root);
        long total = mass.getOrDefault(root, 0L);
        List<Element> doomed = new ArrayList<>();
        collect(root, mass, total, doomed);
        doomed.forEach(Element::remove);
        return doomed.size();
    }

    private static void collect(Element e, Map<Element, Long> mass, long total, List<Element> doomed) {
        for (Element child : e.children()) {
            if (isBoilerplate(child) && !holdsTheArticle(mass.getOrDefault(child, 0L), total)) {
                doomed.add(child);
            } else {
                collect(child, mass, total, doomed);
            }
        }
    }

    /**
     * Characters of text outside links under each element, in one pass: the measure of "how much of the
     * article is in here" (navigation and link lists weigh nothing).
     */
    static Map<Element, Long> textMass(Element root) {
        Map<Element, Long> mass = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == root || !(node.parentNode() instanceof Element parent)) return;
                if (node instanceof TextNode t) {
                    int n = t.text().strip().length();
                    if (n > 0) mass.merge(parent, (long) n, Long::sum);
                } else if (node instanceof Element e && !e.normalName().equals("a")) {
                    Long own = mass.get(e);
                    if (own != null) mass.merge(parent, own, Long::sum);
                }
            }
        }, root);
        return mass;
    }

    static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (TAGS.contains(tag)) return true;
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return true;
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        if (style.contains("display:none") || style.contains("visibility:hidden")) return true;
        if (META_PROPS.contains(e.attr("itemprop").toLowerCase(Locale.ROOT))) return true;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && ROLES.contains(role)) return true;
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")
                || tag.equals("p")) return false;
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String token : names.split("\\s+")) {
            if (token.isEmpty() || CONTENT_NAMES.matcher(token).find()) continue;
            if (FRAGMENTS.matcher(token).find() || WORDS.matcher(token).find()) return true;
        }
        return false;
    }

    private static boolean holdsTheArticle(long own, long total) {
        return total > 0 && own > 0.3 * total && own > 400;
    }
}
