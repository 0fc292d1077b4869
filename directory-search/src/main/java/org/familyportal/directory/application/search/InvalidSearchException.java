package org.familyportal.directory.application.search;

import org.familyportal.shared.BusinessException;

/**
 * A search parameter out of its range; {@code messageKey} (with {@code arguments}) says which one.
 * The page shows it as a message, the REST API as a 400 problem.
 */
public class InvalidSearchException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidSearchException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
