package org.familyportal.portal.interfaces.rest;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.familyportal.directory.domain.search.SearchTooDeepException;
import org.familyportal.shared.BusinessException;
import org.familyportal.shared.JsonBuilders;
import org.familyportal.portal.infrastructure.database.DatabaseOutage;
import org.familyportal.portal.infrastructure.web.AcceptLanguage;
import org.familyportal.portal.infrastructure.web.ClientErrors;
import org.familyportal.portal.infrastructure.web.LimitedBody;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the REST API as {@code application/problem+json} (RFC 9457), explained in the
 * caller's language. Client errors (a bad parameter, a header or body that cannot be read, an
 * unknown path or method) keep or get their 4xx and at most one line in the log ({@code FINE});
 * anything unexpected becomes a plain 500 with no stack trace in the answer (it goes to the log).
 */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof ApiProblem problem) {
            int code = problem.getResponse().getStatus();
            return closingIfTooLarge(problem(code, reason(code), localized(problem.key(), problem.arguments())));
        }
        if (LimitedBody.tooLarge(error)) {
            return closingIfTooLarge(problem(413, reason(413), localized("api.body.tooLarge", new Object[0])));
        }
        if (error instanceof BusinessException invalid) {
            // Every module's business exceptions (the portal's InvalidRequestException, the search's InvalidSearchException).
            return problem(400, reason(400), localized(invalid.messageKey(), invalid.arguments()));
        }
        if (DatabaseOutage.isCause(error) || causedBy(error, SystemException.class)) {
            // The database is restarting or unreachable, or the transaction system could not finish a
            // commit because of it (its outcome is then unknown): the caller may retry (a telephony system does,
            // with the same callId); one line in the log, not a stack trace per call.
            LOG.warning(() -> "The database cannot be reached; answered 503 in the REST API: " + error);
            return Response.fromResponse(problem(503, reason(503), localized("api.error.unavailable")))
                    .header(HttpHeaders.RETRY_AFTER, "30").build();
        }
        if (error instanceof SearchTooDeepException deep) {
            return problem(400, reason(400), localized("api.error.tooDeep", deep.maxDepth()));
        }
        if (error instanceof JsonParsingException) {
            ClientErrors.log(ClientErrors.Kind.UNREADABLE_TEXT, "the REST API", error);
            return problem(400, reason(400), localized("api.body.notJson"));
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // Jersey's own: no such path (404), method (405), media type (406, 415), unreadable parameter (400).
            int status = web.getResponse().getStatus();
            LOG.log(Level.FINE, () -> "Client error " + status + " in the REST API: " + error.getMessage());
            Response.ResponseBuilder answer = Response.fromResponse(problem(status, reason(status),
                    localizedOr("api.error.status." + status, "api.error.client")));
            Optional.ofNullable(web.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .ifPresent(allow -> answer.header(HttpHeaders.ALLOW, allow));
            return answer.build();
        }
        Optional<ClientErrors.Kind> client = ClientErrors.of(error);
        if (client.isPresent()) {
            ClientErrors.log(client.get(), "the REST API", error);
            return client.get() == ClientErrors.Kind.MALFORMED_HEADER
                    ? problem(400, reason(400), localized("api.error.header"))
                    : problem(415, reason(415), localized("api.error.encoding"));
        }
        if (error instanceof WebApplicationException web) {
            // A server-side status chosen on purpose (503 and the like): answered as it is, not a fault.
            int status = web.getResponse().getStatus();
            return problem(status, reason(status), null);
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", error);
        return problem(500, reason(500), null);
    }

    /** The rest of a body refused as too large is not read: the connection closes after the answer. */
    private static Response closingIfTooLarge(Response answer) {
        return answer.getStatus() == 413 ? Response.fromResponse(answer).header("Connection", "close").build() : answer;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(int status) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return type == null ? "Error" : type.getReasonPhrase();
    }

    /** The explanation in the caller's language: English if asked for, else Russian. */
    private String localized(String key, Object... arguments) {
        Locale locale = language();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The text of {@code key}, or of {@code fallback} when the bundle has no such key. */
    private String localizedOr(String key, String fallback) {
        try {
            return localized(key, new Object[0]);
        } catch (MissingResourceException e) {
            return localized(fallback, new Object[0]);
        }
    }

    private Locale language() {
        return AcceptLanguage.preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static Response problem(int status, String title, String detail) {
        var body = JsonBuilders.object().add("type", "about:blank").add("title", title).add("status", status);
        if (detail != null && !detail.isBlank()) {
            body.add("detail", detail);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }
}
