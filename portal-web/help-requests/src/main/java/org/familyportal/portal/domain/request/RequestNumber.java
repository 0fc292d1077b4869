package org.familyportal.portal.domain.request;

import java.util.Objects;

/**
 * The number a family quotes, like {@code 4821-9307}: random, so it reveals nothing of how many
 * requests there are (see {@link RequestNumbers}).
 */
public record RequestNumber(String value) {

    public RequestNumber {
        Objects.requireNonNull(value, "request number");
    }

    public static RequestNumber random() {
        return new RequestNumber(RequestNumbers.newNumber());
    }

    /** What somebody typed ({@code 48219307}, {@code 4821 9307}), in the form numbers are stored in. */
    public static RequestNumber typed(String text) {
        return new RequestNumber(RequestNumbers.normalizeNumber(text));
    }

    @Override
    public String toString() {
        return value;
    }
}
