package org.familyportal.portal.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Error pages render as fresh views ({@link FreshRequest}). */
@WebFilter(filterName = "FreshErrorViewFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class FreshErrorViewFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshRequest(request), response);
    }
}
