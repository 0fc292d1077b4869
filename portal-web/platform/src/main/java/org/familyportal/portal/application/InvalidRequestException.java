package org.familyportal.portal.application;

/**
 * A request a use case cannot carry out as asked; {@code messageKey} (with {@code arguments})
 * explains it to the person. Pages show it as a message, the REST API as a 400 problem.
 */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidRequestException(String messageKey, Object... arguments) {
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
