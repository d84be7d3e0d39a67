package dev.corroborate.cli;

import dev.corroborate.store.Store;
import dev.corroborate.web.ServerOptions;
import dev.corroborate.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: web pages at / (stories, story pages with their dossier, search) and the REST "
                + "API at /api (described at /api/openapi.json). Runs until stopped (Ctrl-C).",
                "Binds to 127.0.0.1 unless --host says otherwise; with --token (or CORROBORATE_TOKEN) writes need "
                        + "'Authorization: Bearer TOKEN'."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "2:bad usage", "3:the store cannot be opened (for example another process writes to it)"})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST, paramLabel = "HOST",
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Require 'Authorization: Bearer TOKEN' for writes (POST). Default: the CORROBORATE_TOKEN "
                    + "environment variable, else no token.")
    String token;

    @Option(names = "--max-request-size", defaultValue = "" + ServerOptions.DEFAULT_MAX_REQUEST_BYTES, paramLabel = "BYTES",
            description = "Refuse request bodies larger than this with 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            System.err.println("corroborate: --port must be 0 to 65535");
            return 2;
        }
        String secret = token != null ? token : System.getenv("CORROBORATE_TOKEN");
        Store s = store.openForWriting();
        if (s == null) return StoreOption.STORE_UNAVAILABLE;
        WebServer server = WebServer.start(s, new ServerOptions(host, port, secret, maxRequestBytes));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }));
        if (!InetAddress.getByName(host).isLoopbackAddress() && (secret == null || secret.isBlank())) {
            System.err.println("corroborate: warning: serving on " + host + " without --token: anyone who can reach it can add articles");
        }
        System.out.printf("serving %s on http://%s:%d/ (API at /api, Ctrl-C to stop)%n", store.dir(), host, server.port());
        System.out.flush();
        stopped.await();
        return 0;
    }
}
