package org.familyportal.directory.domain.draft;

/** A draft was asked to do what its state does not allow; {@code messageKey} explains it. */
public class DraftStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public DraftStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
