package dev.corroborate.web;

/**
 * How {@code serve} listens.
 *
 * @param host            interface to bind; loopback unless asked otherwise
 * @param port            0 picks a free port
 * @param token           when not null, writes need {@code Authorization: Bearer TOKEN}
 * @param maxRequestBytes larger request bodies are refused with 413
 */
public record ServerOptions(String host, int port, String token, long maxRequestBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;

    public ServerOptions {
        if (token != null && token.isBlank()) token = null;
    }
}
