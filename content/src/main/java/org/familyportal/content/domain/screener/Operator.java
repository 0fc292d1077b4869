package org.familyportal.content.domain.screener;

/** How a check compares a fact with its value: =, ≠, <, ≤, >, ≥, in a list, not in a list. */
public enum Operator {
    EQ("="), NE("≠"), LT("<"), LE("≤"), GT(">"), GE("≥"), IN("∈"), NOT_IN("∉");

    private final String sign;

    Operator(String sign) {
        this.sign = sign;
    }

    public String sign() {
        return sign;
    }

    boolean numeric() {
        return this == LT || this == LE || this == GT || this == GE;
    }
}
