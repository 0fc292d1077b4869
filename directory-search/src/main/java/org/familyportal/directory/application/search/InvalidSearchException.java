package org.familyportal.directory.application.search;

/**
 * A search parameter out of its range; {@code messageKey} (with {@code arguments}) says which one.
 * The page shows it as a message, the REST API as a 400 problem.
 */
public class InvalidSearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidSearchException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
