package org.familyportal.content.application.measure;

import java.util.List;

/**
 * An editor's change that cannot be made as asked: invalid fields (one bundle key each), a change
 * made by someone else meanwhile, a code already taken, or no such measure. The page shows the
 * messages and keeps the form.
 */
public class MeasureRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> messageKeys;

    public MeasureRefused(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public MeasureRefused(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
