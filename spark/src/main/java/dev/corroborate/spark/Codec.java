package dev.corroborate.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.corroborate.render.Json;

import java.io.UncheckedIOException;

/** Records to and from the project's JSON (snake_case, ISO-8601), the form they take in RDDs and outputs. */
final class Codec {

    private Codec() {
    }

    static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
