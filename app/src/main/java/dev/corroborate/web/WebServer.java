package dev.corroborate.web;

import dev.corroborate.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code serve} process: the REST API under {@code /api} and the web pages, over one store.
 * Everything is rendered on the server from classpath resources; nothing is fetched at run time.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Pages allow no scripts at all and only our own stylesheet: escaped text stays text. */
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code store}; the store stays owned by the caller. */
    public static WebServer start(Store store, ServerOptions options) {
        Api api = new Api(store, options.token());
        Pages pages = new Pages(store);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = options.maxRequestBytes();
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                if (!isApi(ctx)) ctx.header("Content-Security-Policy", CSP);
            });
            api.routes(config.routes);
            pages.routes(config.routes);
            config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                fail(ctx, 500, "internal error: " + e.getClass().getSimpleName());
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) fail(ctx, 404, "not found: " + ctx.path());
            });
            config.routes.error(405, ctx -> fail(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
        }).start();
        return new WebServer(app);
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    /** Errors are JSON under /api and a small page elsewhere, always with the status code. */
    static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (isApi(ctx)) {
            Api.json(ctx, new ApiError(message, status));
        } else {
            ctx.html(Pages.errorPage(status, message));
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
