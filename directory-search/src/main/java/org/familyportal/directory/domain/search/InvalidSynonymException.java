package org.familyportal.directory.domain.search;

import java.util.List;

/** An entry of the synonym list that cannot be saved as typed; {@link #problems()} say why. */
public class InvalidSynonymException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<TopicSynonym.Problem> problems;

    public InvalidSynonymException(List<TopicSynonym.Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<TopicSynonym.Problem> problems() {
        return problems;
    }
}
