package org.familyportal.content.domain.screener;

import java.util.List;
import java.util.Objects;

/** ALL of the conditions, ANY of them, or NOT the one. */
public record Group(Kind kind, List<Condition> conditions) implements Condition {

    public enum Kind { ALL, ANY, NOT }

    public Group {
        Objects.requireNonNull(kind, "kind");
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs at least one condition");
        }
        if (kind == Kind.NOT && conditions.size() != 1) {
            throw new IllegalArgumentException("NOT takes exactly one condition");
        }
    }

    public static Group all(Condition... c) {
        return new Group(Kind.ALL, List.of(c));
    }

    public static Group any(Condition... c) {
        return new Group(Kind.ANY, List.of(c));
    }

    public static Group not(Condition c) {
        return new Group(Kind.NOT, List.of(c));
    }
}
