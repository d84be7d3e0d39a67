package dev.corroborate.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.render.Json;
import dev.corroborate.store.IngestReport;
import dev.corroborate.store.StoredArticle;
import dev.corroborate.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The REST API: JSON in and out, described by {@code /api/openapi.json}. */
final class Api {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    /** One posted article; unknown fields are ignored so that JSONL exports of other tools can be posted. */
    record ArticleInput(String id, String source, String url, String title, Instant published, String author,
                        String text, String html) {
    }

    /** The answer to a POST: what was stored, with a line per refused article. */
    record PostResult(int stored, int skipped, long total, List<String> stories, List<InputError> errors) {
    }

    private static final ObjectReader ARTICLE = Json.mapper().readerFor(ArticleInput.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Store store;
    private final byte[] token;
    private final byte[] openApi;

    Api(Store store, String token) {
        this.store = store;
        this.token = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.openApi = resource("/web/openapi.json");
    }

    void routes(RoutesConfig r) {
        r.post("/api/articles", this::postArticles);
        r.get("/api/stories", ctx -> json(ctx, store.stories(TimeParam.since(ctx.queryParam("since")),
                limit(ctx.queryParam("limit")))));
        r.get("/api/stories/{id}", ctx -> {
            String story = store.storyJson(ctx.pathParam("id"))
                    .orElseThrow(() -> new HttpResponseException(404, "no story " + ctx.pathParam("id")));
            ctx.contentType("application/json").result(story);
        });
        r.get("/api/search", ctx -> json(ctx, store.search(required(ctx, "q"), limit(ctx.queryParam("limit")))));
        r.get("/api/articles/{id}", ctx -> {
            StoredArticle a = store.article(ctx.pathParam("id"))
                    .orElseThrow(() -> new HttpResponseException(404, "no article " + ctx.pathParam("id")));
            json(ctx, a);
        });
        r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void postArticles(Context ctx) {
        authorize(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        boolean lines = type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl");
        if (!lines && !type.startsWith("application/json")) {
            throw new HttpResponseException(415, "send application/json (one article) or application/x-ndjson (one a line)");
        }
        String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        List<RawArticle> raw = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        if (lines) {
            String[] split = body.split("\r?\n");
            for (int i = 0; i < split.length; i++) {
                if (!split[i].isBlank()) parse(split[i], i + 1, raw, errors);
            }
        } else {
            parse(body, 0, raw, errors);
        }
        if (raw.isEmpty()) {
            String why = errors.isEmpty() ? "no article in the request" : errors.get(0).toString();
            throw new HttpResponseException(400, why);
        }
        IngestReport report = store.ingestRaw(raw);
        errors.addAll(report.errors());
        ctx.status(report.stored() > 0 ? 201 : 200);
        json(ctx, new PostResult(report.stored(), report.skipped(), report.total(), report.stories(), errors));
    }

    private static void parse(String json, int line, List<RawArticle> out, List<InputError> errors) {
        try {
            ArticleInput in = ARTICLE.readValue(json);
            if (in == null) throw new IllegalArgumentException("not an article object");
            if (in.text() == null && in.html() == null) throw new IllegalArgumentException("needs \"text\" or \"html\"");
            out.add(new RawArticle(in.id(), "POST /api/articles", line, in.source(), in.url(), in.title(),
                    in.published(), in.author(), in.text(), in.text() == null ? in.html() : null));
        } catch (JsonProcessingException e) {
            errors.add(new InputError("request", line, "bad JSON: " + e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            errors.add(new InputError("request", line, e.getMessage()));
        }
    }

    /** Writes need the token when one is configured; compared in constant time. */
    private void authorize(Context ctx) {
        if (token == null) return;
        String given = ctx.header("Authorization");
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpResponseException(401, "writes need the header Authorization: Bearer TOKEN");
        }
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw new HttpResponseException(400, "missing query parameter " + name);
        return v;
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > MAX_LIMIT) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new HttpResponseException(400, "limit must be a whole number from 1 to " + MAX_LIMIT, Map.of());
        }
    }

    static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
