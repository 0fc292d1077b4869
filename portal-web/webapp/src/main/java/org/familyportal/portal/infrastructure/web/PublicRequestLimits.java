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

/**
 * Keeps the public parts of the site usable under abuse. Anonymous form submissions (asking for
 * help, checking a status, reporting wrong information), anonymous API calls and searches (the
 * Find help page, {@code /api/search} and the screener's steps, generously) are limited per client and minute
 * ({@code portal.limits.*}). Staff who signed in are not limited: they are few and known. Bodies are
 * limited before this, by {@link EdgeGate}.
 * <p>
 * The client is worked out by {@link ClientAddress}: behind reverse proxies ({@code portal.web.trusted-proxies},
 * addresses or CIDR ranges, {@code *} for any) from {@code X-Forwarded-For}, walked from the right past
 * the trusted proxies, so that the header cannot be forged to dodge the limit; IPv6 clients count by /64.
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
    @ConfigProperty(name = "portal.limits.searches-per-minute", defaultValue = "300")
    int searchesPerMinute;

    @Inject
    @ConfigProperty(name = "portal.web.trusted-proxies", defaultValue = "none")
    String trustedProxies;

    private transient SubmissionLimits submissions;
    private transient SubmissionLimits apiCalls;
    private transient SubmissionLimits searches;
    private transient ClientAddress clients;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        submissions = new SubmissionLimits(submissionsPerMinute, Clock.systemUTC());
        apiCalls = new SubmissionLimits(apiCallsPerMinute, Clock.systemUTC());
        searches = new SubmissionLimits(searchesPerMinute, Clock.systemUTC());
        clients = ClientAddress.trusting(trustedProxies);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = ClientAddress.limitKey(clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        request.setAttribute(CLIENT_ADDRESS, client);
        if (request.getUserPrincipal() == null) {
            String path = RequestPath.of(request);
            boolean api = EdgeAnswers.isApi(path);
            boolean search = "GET".equals(request.getMethod())
                    && (path.equals("/find-help.xhtml") || path.equals("/api/search"))
                    // The screener's steps store and send nothing: a family answering and going back
                    // makes many of them, so they count as generously as searches, not as submissions.
                    || "POST".equals(request.getMethod())
                            && (path.equals(ReadableAddresses.SCREENER) || path.equals("/screener.xhtml"));
            if (search && !pass(searches, client, request, response, api)) {
                return;
            }
            boolean submission = !api && !search && "POST".equals(request.getMethod());
            SubmissionLimits limits = api ? apiCalls : submission ? submissions : null;
            if (limits != null && !pass(limits, client, request, response, api)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean pass(SubmissionLimits limits, String client, HttpServletRequest request,
                                HttpServletResponse response, boolean api) throws IOException {
        if (limits.tryPass(client)) {
            return true;
        }
        response.setHeader("Retry-After", Long.toString(limits.secondsToWait(client)));
        EdgeAnswers.refuse(request, response, api, 429, "Too Many Requests", "error.tooMany.text");
        return false;
    }
}
