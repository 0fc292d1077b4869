package org.familyportal.content.domain.screener;

/** A rule, parameter or test household written wrongly: where ({@code path}) and what is wrong. */
public class RuleFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public RuleFormatException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
