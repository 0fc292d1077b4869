package org.familyportal.directory.domain.search;

import java.util.Set;

/**
 * The kinds of help (categories) and audiences a service's own words name, beyond the taxonomy
 * terms it is tagged with: read at index time, kept apart from the assigned terms and never
 * replacing them; moderators see them marked as inferred.
 */
public record InferredTopics(Set<String> categories, Set<String> audiences) {

    public static final InferredTopics NOTHING = new InferredTopics(Set.of(), Set.of());

    public InferredTopics {
        categories = Set.copyOf(categories);
        audiences = Set.copyOf(audiences);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && audiences.isEmpty();
    }
}
