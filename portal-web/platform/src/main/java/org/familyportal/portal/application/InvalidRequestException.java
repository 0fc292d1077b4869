package org.familyportal.portal.application;

import org.familyportal.shared.BusinessException;

/**
 * A request a use case of the portal cannot carry out as asked; {@code messageKey} (with
 * {@code arguments}) explains it to the person. Pages show it as a message, the REST API as a 400
 * problem (as every {@link BusinessException}).
 */
public class InvalidRequestException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
