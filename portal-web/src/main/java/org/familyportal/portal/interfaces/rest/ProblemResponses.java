package org.familyportal.portal.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.familyportal.directory.infrastructure.json.JsonBuilders;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.infrastructure.web.LimitedBody;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the REST API as {@code application/problem+json} (RFC 9457): client errors keep
 * their status, anything unexpected becomes a plain 500 with no stack trace (which goes to the log).
 */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        int status = 500;
        if (error instanceof ApiProblem problem) {
            int code = problem.getResponse().getStatus();
            return closingIfTooLarge(problem(code, reason(code), localized(problem.key(), problem.arguments())));
        }
        if (LimitedBody.tooLarge(error)) {
            return closingIfTooLarge(problem(413, reason(413), localized("api.body.tooLarge", new Object[0])));
        }
        if (error instanceof InvalidRequestException invalid) {
            return problem(400, reason(400), localized(invalid.messageKey(), invalid.arguments()));
        }
        if (error instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
        } else {
            LOG.log(Level.SEVERE, "Unexpected error in the REST API", error);
        }
        return problem(status, reason(status), status < 500 ? error.getMessage() : null);
    }

    /** The rest of a body refused as too large is not read: the connection closes after the answer. */
    private static Response closingIfTooLarge(Response answer) {
        return answer.getStatus() == 413 ? Response.fromResponse(answer).header("Connection", "close").build() : answer;
    }

    private static String reason(int status) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return type == null ? "Error" : type.getReasonPhrase();
    }

    /** The explanation in the caller's language: English if asked for, else Russian. */
    private String localized(String key, Object[] arguments) {
        Locale locale = headers == null ? RUSSIAN : headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage()) || "ru".equals(l.getLanguage()))
                .findFirst().orElse(RUSSIAN);
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public static Response problem(int status, String title, String detail) {
        var body = JsonBuilders.object().add("type", "about:blank").add("title", title).add("status", status);
        if (detail != null && !detail.isBlank()) {
            body.add("detail", detail);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }
}
