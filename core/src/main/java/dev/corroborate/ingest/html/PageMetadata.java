package dev.corroborate.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page metadata from the sources publishers use, best first: OpenGraph and article meta tags, JSON-LD, plain
 * meta names, then the document itself ({@code <title>}, {@code <time>}, {@code rel=author}).
 */
record PageMetadata(String title, String siteName, String canonicalUrl, Instant published, String author) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]{1,2}\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)by\\s+");
    private static final String[] DATE_METAS = {
            "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
            "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
            "published_time", "article_date_original", "cxenseparse:recs:publishtime"};
    private static final String[] AUTHOR_METAS = {"author", "article:author", "byl", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "cxenseparse:author"};

    static PageMetadata read(Document doc, JsonLd ld, String baseUrl) {
        Metas metas = new Metas(doc);
        JsonNode article = ld.article();
        String siteName = firstNonBlank(metas.get("og:site_name"),
                article == null ? null : JsonLd.text(article.get("publisher")),
                textOf(ld.firstOfType("Organization")), textOf(ld.firstOfType("NewsMediaOrganization")),
                metas.get("application-name"), host(baseUrl));
        String rawTitle = firstNonBlank(metas.get("og:title"), ld.articleText("headline"),
                metas.get("twitter:title"), doc.title());
        String canonical = firstNonBlank(absoluteUrl(doc.selectFirst("link[rel=canonical]")), metas.get("og:url"));
        return new PageMetadata(cleanTitle(rawTitle, siteName), siteName, canonical, published(doc, metas, ld),
                author(doc, metas, ld));
    }

    private static String textOf(JsonNode node) {
        return node == null ? null : JsonLd.text(node.get("name"));
    }

    /** Meta tag contents by property, name or itemprop (lower-cased); the first tag of a name wins. */
    private static final class Metas {
        private final Map<String, String> byKey = new HashMap<>();

        Metas(Document doc) {
            for (Element m : doc.getElementsByTag("meta")) {
                String c = (m.hasAttr("content") ? m.attr("content") : m.attr("datetime")).strip();
                if (c.isEmpty()) continue;
                for (String attr : new String[]{"property", "name", "itemprop"}) {
                    String k = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                    if (!k.isEmpty()) byKey.putIfAbsent(k, c);
                }
            }
        }

        String get(String key) {
            return byKey.get(key.toLowerCase(Locale.ROOT));
        }
    }

    private static String absoluteUrl(Element link) {
        if (link == null) return null;
        String abs = link.absUrl("href");
        return abs.isEmpty() ? blankToNull(link.attr("href")) : abs;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Drops a site-name part from a title: "Headline | Site", "Site - Headline", and, when the site name is not
     * known to match, a trailing part that is short next to the headline ("Headline - WSJ").
     */
    static String cleanTitle(String title, String siteName) {
        if (title == null) return null;
        String t = title.strip().replaceAll("\\s+", " ");
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) return t.isEmpty() ? null : t;
        String site = siteName == null ? "" : norm(siteName);
        String hostStem = site.contains(".") ? site.substring(0, site.lastIndexOf('.')) : site;
        List<String> kept = new ArrayList<>(List.of(parts));
        // site name at either end
        if (!site.isEmpty()) {
            if (matchesSite(kept.getLast(), site, hostStem)) kept.removeLast();
            else if (matchesSite(kept.getFirst(), site, hostStem)) kept.removeFirst();
        }
        if (kept.size() == parts.length && kept.size() >= 2) {
            String last = kept.getLast();
            String rest = String.join(" ", kept.subList(0, kept.size() - 1));
            if (words(last) <= 4 && words(rest) >= 2 * words(last) && words(rest) >= 3) kept.removeLast();
        }
        if (kept.isEmpty()) return t;
        // rebuild from the original text so separators inside the headline stay as written
        int start = t.indexOf(kept.getFirst());
        String lastPart = kept.getLast();
        int end = t.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? t.substring(start, end).strip() : String.join(" - ", kept);
    }

    private static boolean matchesSite(String part, String site, String hostStem) {
        String p = norm(part);
        return !p.isEmpty() && (p.equals(site) || p.equals(hostStem) || p.replace(" ", "").equals(hostStem)
                || site.startsWith(p) && p.length() >= 3 || p.startsWith(site) && p.length() <= site.length() + 6);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceAll("[^\\p{L}\\p{N}. ]", "").strip();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static Instant published(Document doc, Metas metas, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(metas.get("article:published_time"));
        candidates.add(ld.articleText("datePublished"));
        JsonNode any = ld.article() == null ? null : ld.article();
        if (any != null) candidates.add(JsonLd.text(any.get("dateCreated")));
        for (String name : DATE_METAS) candidates.add(metas.get(name));
        Element time = doc.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
        if (time != null) candidates.add(time.attr("datetime"));
        for (String c : candidates) {
            Instant i = parseDate(c);
            if (i != null) return i;
        }
        return null;
    }

    private static final DateTimeFormatter LOOSE_LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[['T'][' ']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]]")
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter(Locale.ROOT);

    /** Parses the date forms seen in page metadata; a date or time without a zone is taken as UTC. */
    static Instant parseDate(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the looser forms below
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            var parsed = LOOSE_LOCAL.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime o) return o.toInstant();
            if (parsed instanceof LocalDateTime l) return l.toInstant(ZoneOffset.UTC);
            if (parsed instanceof LocalDate d) return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            // next
        }
        if (s.matches("\\d{10}|\\d{13}")) { // epoch seconds or millis
            long v = Long.parseLong(s);
            return s.length() == 10 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        }
        return null;
    }

    private static String author(Document doc, Metas metas, JsonLd ld) {
        for (String name : AUTHOR_METAS) {
            String a = personName(metas.get(name));
            if (a != null) return a;
        }
        if (ld.article() != null) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : JsonLd.names(ld.article().get("author"))) {
                String p = personName(n);
                if (p != null) names.add(p);
            }
            if (!names.isEmpty()) return String.join(", ", names);
        }
        Set<String> linked = new LinkedHashSet<>();
        for (Element a : doc.select("[rel=author], [itemprop=author]")) {
            Element name = a.selectFirst("[itemprop=name]");
            String p = personName((name == null ? a : name).text());
            if (p != null && p.length() <= 60) linked.add(p);
        }
        return linked.isEmpty() ? null : String.join(", ", linked);
    }

    /** A name as written, without a "By" prefix; URLs and over-long strings are not names. */
    private static String personName(String raw) {
        if (raw == null) return null;
        String s = BY_PREFIX.matcher(raw.strip().replaceAll("\\s+", " ")).replaceFirst("");
        if (s.isEmpty() || s.contains("://") || s.startsWith("www.") || s.length() > 120) return null;
        return s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
