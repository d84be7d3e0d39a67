package dev.corroborate.web;

/** The body of every API error: {@code {"error": "...", "status": 404}}. */
record ApiError(String error, int status) {
}
