package org.familyportal.portal.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * A request as an error page must see it: a plain GET without the failed request's parameters.
 * Otherwise the error page of a failed form post would take itself for a postback of that form
 * and fail again (Faces restores the broken view state, PrimeFaces re-checks the broken CSP nonce,
 * the container re-reads an undecodable query or a multipart body without boundary), ending in a bare 500.
 */
final class FreshRequest extends HttpServletRequestWrapper {

    FreshRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public String getHeader(String name) {
        return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Collection<Part> getParts() {
        return List.of();
    }

    @Override
    public Part getPart(String name) {
        return null;
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.emptyMap();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }
}
