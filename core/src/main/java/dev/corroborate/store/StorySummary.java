package dev.corroborate.store;

import java.time.Instant;

/**
 * One line of the story list.
 *
 * @param outlets   distinct outlets (source, else the article id) among the story's articles
 * @param conflicts conflicts in its dossier
 * @param time      when the story last moved: its last_seen, else its newest article's date, else when it was
 *                  last stored; the list is sorted on it, newest first
 */
public record StorySummary(String id, String headline, int articles, int outlets, int conflicts, Instant time) {
}
