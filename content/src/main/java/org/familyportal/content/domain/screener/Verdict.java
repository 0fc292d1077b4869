package org.familyportal.content.domain.screener;

/** The answer of a check, a group or a whole rule, in Kleene's three-valued logic. */
public enum Verdict {
    PASS, FAIL, UNKNOWN;

    Verdict not() {
        return switch (this) {
            case PASS -> FAIL;
            case FAIL -> PASS;
            case UNKNOWN -> UNKNOWN;
        };
    }

    static Verdict of(boolean b) {
        return b ? PASS : FAIL;
    }
}
