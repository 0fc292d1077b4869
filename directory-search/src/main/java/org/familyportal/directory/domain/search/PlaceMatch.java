package org.familyportal.directory.domain.search;

import java.util.List;
import java.util.Optional;

/**
 * What the gazetteer made of a typed place. {@code place} is where to search when it could be
 * told (an exact name, another spelling of it, or a single near miss of one letter); otherwise
 * {@code suggestions} are the places it may have meant ("did you mean"), or, for a name several
 * settlements share, the choice between them. {@code regionCode} / {@code regionName} are the
 * region when it can still be told (typed after a comma, or shared by every suggestion), so that
 * the region-wide services can be offered meanwhile.
 */
public record PlaceMatch(String typed, Outcome outcome, Optional<Place> place, List<Place> suggestions,
                         String regionCode, String regionName) {

    /** How the typed place was understood. */
    public enum Outcome {
        /** Nothing typed. */
        NONE,
        /** The name, or another name of the place (a Latin spelling), as the gazetteer has it. */
        FOUND,
        /** A near miss of one place: searched there, and the parent is told so. */
        CORRECTED,
        /** Several settlements have this name: the parent chooses. */
        AMBIGUOUS,
        /** Not known: suggestions, if any, and help that does not depend on the place. */
        UNKNOWN
    }

    /** At most this many suggestions are offered. */
    public static final int MAX_SUGGESTIONS = 5;

    public PlaceMatch {
        suggestions = List.copyOf(suggestions);
    }

    public static PlaceMatch none() {
        return new PlaceMatch("", Outcome.NONE, Optional.empty(), List.of(), null, null);
    }

    /** A typed place that could not be told: the search runs without it. */
    public boolean unresolved() {
        return outcome == Outcome.AMBIGUOUS || outcome == Outcome.UNKNOWN;
    }
}
