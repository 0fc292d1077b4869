package org.familyportal.portal.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A client error of the REST API whose explanation comes from the message bundle ({@code key},
 * with {@code arguments}), in the caller's language.
 */
public class ApiProblem extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public ApiProblem(Response.Status status, String key, Object... arguments) {
        super(key, status);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
