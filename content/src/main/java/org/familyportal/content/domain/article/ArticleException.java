package org.familyportal.content.domain.article;

import java.util.List;

/**
 * What was asked of an article cannot be done: a move its workflow does not allow (publishing a
 * draft nobody reviewed), or content that breaks a rule (no title, a body too long, an unknown
 * category). {@link #messageKey()} names the localized message, with its {@link #arguments()}.
 */
public class ArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public ArticleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
