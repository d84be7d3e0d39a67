package dev.corroborate.store;

import dev.corroborate.model.InputError;

import java.util.List;

/**
 * What one acknowledged ingest call did: everything counted here is in a Lucene commit.
 *
 * @param stored   new articles written
 * @param skipped  articles already stored (same id or same content)
 * @param stories  ids of the stories whose dossiers were rebuilt
 * @param errors   articles refused (the others are stored)
 * @param total    articles in the store after the commit
 */
public record IngestReport(int stored, int skipped, List<String> stories, List<InputError> errors, long total) {

    public IngestReport {
        stories = List.copyOf(stories);
        errors = List.copyOf(errors);
    }
}
