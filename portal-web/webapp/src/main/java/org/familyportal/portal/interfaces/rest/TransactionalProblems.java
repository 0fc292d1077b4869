package org.familyportal.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} use case that failed ({@link TransactionalException}) answered like any
 * other error of the API ({@link ProblemResponses}): Jersey's own mapper for this type rethrows the
 * cause from inside the mapping, which ends in the container's bare 500 (seen when the database died
 * during a commit). Ours is the nearer one by priority.
 */
@Provider
@Priority(1)
public class TransactionalProblems implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException error) {
        ProblemResponses problems = new ProblemResponses();
        problems.headers = headers;
        return problems.toResponse(error.getCause() != null ? error.getCause() : error);
    }
}
