package dev.corroborate.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.render.Json;
import dev.corroborate.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API against the real server on a random loopback port. */
class ApiTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
    }

    private String start(String token, long maxBytes) {
        Store store = Store.open(dir);
        open.add(store);
        WebServer server = WebServer.start(store, new ServerOptions("127.0.0.1", 0, token, maxBytes));
        open.add(server);
        return "http://127.0.0.1:" + server.port();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String type, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return Json.mapper().readTree(r.body());
    }

    private static void assertError(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = json(r);
        assertEquals(status, e.get("status").asInt());
        assertFalse(e.get("error").asText().isBlank());
    }

    private static String line(String id, String source, String title, String published, String text) throws Exception {
        return Json.mapper().writeValueAsString(new Api.ArticleInput(id, source, null, title,
                java.time.Instant.parse(published), null, text, null));
    }

    @Test
    void postsArticlesThenReadsStoriesArticlesAndSearch() throws Exception {
        String base = start(null, ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
        var r = Fixtures.reports();
        HttpResponse<String> one = post(base + "/api/articles", "application/json",
                line(r.get(0).id(), r.get(0).source(), r.get(0).title(), r.get(0).published().toString(), r.get(0).text()), null);
        assertEquals(201, one.statusCode(), one.body());
        assertEquals(1, json(one).get("stored").asInt());

        String ndjson = line(r.get(1).id(), r.get(1).source(), r.get(1).title(), r.get(1).published().toString(), r.get(1).text())
                + "\n" + line(r.get(2).id(), r.get(2).source(), r.get(2).title(), r.get(2).published().toString(), r.get(2).text())
                + "\n{\"id\": \"broken\", \"text\": \n\n{\"title\": \"no id\", \"text\": \"x\"}\n";
        HttpResponse<String> many = post(base + "/api/articles", "application/x-ndjson", ndjson, null);
        assertEquals(201, many.statusCode(), many.body());
        JsonNode result = json(many);
        assertEquals(2, result.get("stored").asInt());
        assertEquals(3, result.get("total").asInt());
        assertEquals(2, result.get("errors").size(), "the bad lines are reported, the good ones stored");
        assertEquals(3, result.get("errors").get(0).get("line").asInt());
        assertEquals(5, result.get("errors").get(1).get("line").asInt());

        HttpResponse<String> again = post(base + "/api/articles", "application/x-ndjson", ndjson, null);
        assertEquals(200, again.statusCode());
        assertEquals(0, json(again).get("stored").asInt());
        assertEquals(2, json(again).get("skipped").asInt());

        JsonNode stories = json(get(base + "/api/stories"));
        assertEquals(1, stories.size());
        String storyId = stories.get(0).get("id").asText();
        assertEquals(3, stories.get(0).get("articles").asInt());
        assertEquals(3, stories.get(0).get("outlets").asInt());
        assertEquals(1, stories.get(0).get("conflicts").asInt());

        JsonNode story = json(get(base + "/api/stories/" + storyId));
        assertEquals(storyId, story.get("id").asText());
        JsonNode conflict = story.get("dossier").get("conflicts").get(0);
        assertEquals("number of survivors", conflict.get("about").asText());
        assertEquals(2, conflict.get("values").size());

        JsonNode article = json(get(base + "/api/articles/r2"));
        assertEquals("Coast Daily", article.get("article").get("source").asText());
        assertEquals(storyId, article.get("story_id").asText());

        JsonNode hits = json(get(base + "/api/search?q=" + URLEncoder.encode("inquiry families", StandardCharsets.UTF_8)));
        assertEquals("r3", hits.get(0).get("id").asText());
        assertEquals(0, json(get(base + "/api/stories?since=2030-01-01")).size());

        assertError(get(base + "/api/articles/nope"), 404);
        assertError(get(base + "/api/stories/nope"), 404);
        assertError(get(base + "/api/nothing-here"), 404);
        assertError(get(base + "/api/search"), 400);
        assertError(get(base + "/api/stories?since=yesterday"), 400);
        assertError(get(base + "/api/stories?limit=0"), 400);
        assertError(post(base + "/api/articles", "application/json", "{not json", null), 400);
        assertError(post(base + "/api/articles", "text/plain", "hello", null), 415);
    }

    @Test
    void writesNeedTheTokenWhenOneIsSet() throws Exception {
        String base = start("s3cret", ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
        String body = line("t1", "Wire", "Title", "2024-01-01T00:00:00Z", "Some text about a harbour.");
        HttpResponse<String> none = post(base + "/api/articles", "application/json", body, null);
        assertError(none, 401);
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertError(post(base + "/api/articles", "application/json", body, "wrong"), 401);
        assertEquals(201, post(base + "/api/articles", "application/json", body, "s3cret").statusCode());
        assertEquals(200, get(base + "/api/articles/t1").statusCode(), "reads need no token");
    }

    @Test
    void refusesBodiesOverTheLimit() throws Exception {
        String base = start(null, 2_000);
        String big = line("big", "Wire", "Title", "2024-01-01T00:00:00Z", "word ".repeat(1_000));
        assertError(post(base + "/api/articles", "application/json", big, null), 413);
        assertEquals(201, post(base + "/api/articles", "application/json",
                line("small", "Wire", "Title", "2024-01-01T00:00:00Z", "A short report."), null).statusCode());
    }

    @Test
    void describesItselfWithOpenApi() throws Exception {
        String base = start(null, ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
        JsonNode spec = json(get(base + "/api/openapi.json"));
        assertTrue(spec.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/articles", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/search")) {
            assertTrue(spec.get("paths").has(path), path);
        }
    }

    @Test
    void pagesEscapeArticleText() throws Exception {
        String base = start(null, ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
        var r = Fixtures.reports().get(0);
        post(base + "/api/articles", "application/json",
                line(r.id(), r.source(), r.title(), r.published().toString(), r.text()), null);
        String storyId = json(get(base + "/api/stories")).get(0).get("id").asText();
        for (String page : List.of("/", "/stories/" + storyId, "/search?q=ferry", "/search?q=" + URLEncoder.encode(Fixtures.SCRIPT, StandardCharsets.UTF_8))) {
            HttpResponse<String> resp = get(base + page);
            assertEquals(200, resp.statusCode(), page);
            assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(resp.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
            assertFalse(resp.body().contains("<script"), page + " must not contain a script element");
        }
        String story = get(base + "/stories/" + storyId).body();
        assertTrue(story.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "shown as text");
        HttpResponse<String> missing = get(base + "/stories/nope");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<String> css = get(base + "/static/style.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }
}
