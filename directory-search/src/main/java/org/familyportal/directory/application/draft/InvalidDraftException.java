package org.familyportal.directory.application.draft;

import jakarta.ejb.ApplicationException;
import org.familyportal.directory.domain.draft.SnapshotCheck.Problem;

import java.util.List;

/**
 * A draft that breaks a rule: {@code messageKey} explains it, {@code problems} name each field
 * (empty when the rule is not about one field). Nothing was saved.
 */
@ApplicationException(rollback = true)
public class InvalidDraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Problem> problems;

    public InvalidDraftException(String messageKey) {
        this(messageKey, List.of());
    }

    public InvalidDraftException(String messageKey, List<Problem> problems) {
        super(messageKey + (problems.isEmpty() ? "" : " " + problems));
        this.messageKey = messageKey;
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Problem> problems() {
        return problems;
    }
}
