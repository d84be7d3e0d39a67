package dev.corroborate.web;

import dev.corroborate.model.RawArticle;

import java.time.Instant;
import java.util.List;

/**
 * Three short reports of one (made-up) event for the API and page tests, run through the real pipeline: they
 * disagree on the number of survivors, and one carries markup that must stay text.
 */
final class Fixtures {

    private Fixtures() {
    }

    static final String SCRIPT = "<script>document.title='pwned'</script>";

    static List<RawArticle> reports() {
        return List.of(
                raw("r1", "Harbour Times", "Ferry Santa Lucia sinks off Kalamos " + SCRIPT, "2024-03-01T10:00:00Z",
                        "The ferry Santa Lucia, carrying 120 passengers, sank off the island of Kalamos on Friday, "
                                + "the Hellenic Coast Guard said.\n\n"
                                + "Rescuers pulled 80 survivors from the water near Kalamos. " + SCRIPT + "\n\n"
                                + "\"We searched all night,\" said coast guard captain Ana Ruiz."),
                raw("r2", "Coast Daily", "Rescue under way after Santa Lucia ferry sinks off Kalamos", "2024-03-01T12:00:00Z",
                        "Hellenic Coast Guard boats searched for survivors after the ferry Santa Lucia went down off Kalamos "
                                + "on Friday with 120 passengers on board.\n\n"
                                + "Rescuers pulled 95 survivors from the water near Kalamos, officials said."),
                raw("r3", "Island Post", "Santa Lucia ferry disaster off Kalamos: inquiry demanded", "2024-03-01T15:00:00Z",
                        "Families demanded an inquiry into the sinking of the ferry Santa Lucia off Kalamos on Friday.\n\n"
                                + "The Santa Lucia had 120 passengers on board, the Hellenic Coast Guard said."));
    }

    static RawArticle raw(String id, String source, String title, String published, String text) {
        return new RawArticle(id, "test", 0, source, "https://news.example/" + id, title, Instant.parse(published),
                null, text, null);
    }
}
