package org.familyportal.portal.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the public parts of the site usable under abuse. Anonymous form submissions (asking for
 * help, checking a status, reporting wrong information) and anonymous API calls are limited per
 * client address and minute ({@code portal.limits.*}); bodies larger than the limit are refused
 * before anything reads them. Staff who signed in are not limited: they are few and known.
 * <p>
 * Behind a reverse proxy, the client address comes from {@code X-Forwarded-For} only when the
 * connection comes from one of {@code portal.web.trusted-proxies} ({@code *}: any, for a server reachable
 * only through its proxy); otherwise that header could be forged to dodge the limit.
 */
@WebFilter(filterName = "PublicRequestLimits", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = DispatcherType.REQUEST)
public class PublicRequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute with the client address as resolved here (sign-in counts failures per address). */
    public static final String CLIENT_ADDRESS = "org.familyportal.portal.clientAddress";

    @Inject
    @ConfigProperty(name = "portal.limits.submissions-per-minute", defaultValue = "20")
    int submissionsPerMinute;

    @Inject
    @ConfigProperty(name = "portal.limits.api-calls-per-minute", defaultValue = "600")
    int apiCallsPerMinute;

    @Inject
    @ConfigProperty(name = "portal.limits.body-bytes", defaultValue = "262144")
    long bodyBytes;

    @Inject
    @ConfigProperty(name = "portal.web.trusted-proxies", defaultValue = "none")
    String trustedProxies;

    private transient SubmissionLimits submissions;
    private transient SubmissionLimits apiCalls;
    private transient List<String> proxies;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        submissions = new SubmissionLimits(submissionsPerMinute, Clock.systemUTC());
        apiCalls = new SubmissionLimits(apiCallsPerMinute, Clock.systemUTC());
        proxies = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(CLIENT_ADDRESS, clientAddress(request));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
        boolean api = path.startsWith("/api/");
        // Files are uploaded only by administrators (directory data); nowhere else is multipart accepted.
        if (multipart && !path.startsWith("/admin/")) {
            refuse(response, api, 413, "Content Too Large");
            return;
        }
        if (!multipart && request.getContentLengthLong() > bodyBytes) {
            refuse(response, api, 413, "Content Too Large");
            return;
        }
        if (request.getUserPrincipal() == null) {
            boolean submission = !api && "POST".equals(request.getMethod());
            SubmissionLimits limits = api ? apiCalls : submission ? submissions : null;
            if (limits != null) {
                String client = clientAddress(request);
                if (!limits.tryPass(client)) {
                    response.setHeader("Retry-After", Long.toString(limits.secondsToWait(client)));
                    refuse(response, api, 429, "Too Many Requests");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The API answers in problem+json; pages get the site's error page for the status. */
    private static void refuse(HttpServletResponse response, boolean api, int status, String title) throws IOException {
        if (api) {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
        } else {
            response.sendError(status);
        }
    }

    private String clientAddress(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && (proxies.contains(remote) || proxies.contains("*"))) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return remote;
    }
}
