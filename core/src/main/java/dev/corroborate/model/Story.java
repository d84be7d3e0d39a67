package dev.corroborate.model;

import java.time.Instant;
import java.util.List;

/** Articles that report one event. {@code dossier} is null until the compare stage has run. */
public record Story(String id, String headline, List<String> articles, Instant firstSeen, Instant lastSeen,
                    List<String> names, Dossier dossier) {

    public Story {
        articles = List.copyOf(articles);
        names = List.copyOf(names);
    }

    public Story withDossier(Dossier d) {
        return new Story(id, headline, articles, firstSeen, lastSeen, names, d);
    }
}
