package org.familyportal.shared;

/**
 * A request a use case of any module cannot carry out as asked (a bad parameter, a rule of the
 * domain), explained to the person by {@code messageKey} with {@code arguments} from the portal's
 * bundles. The one root of the business exceptions: the REST API maps it once to a 400 problem,
 * pages show its message; anything else is unexpected (a 500, logged).
 */
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
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
