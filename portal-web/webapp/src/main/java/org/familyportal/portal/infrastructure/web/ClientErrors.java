package org.familyportal.portal.infrastructure.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.ws.rs.ProcessingException;
import org.primefaces.csp.CspException;

import java.io.CharConversionException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells failures caused by what a client sent (a header that cannot be parsed, bytes that are not
 * in the declared or any known character set, a form that our page did not render) from faults of
 * the server. The REST API ({@code ProblemResponses}) and the pages ({@link ClientErrorFilter})
 * both ask here, so the two answer the same input alike: a 4xx, and at most one line in the log
 * (at {@code FINE}), never a stack trace. Anything not recognised here remains a server error.
 */
public final class ClientErrors {

    private static final Logger LOG = Logger.getLogger(ClientErrors.class.getName());

    /** What was wrong with the request. */
    public enum Kind {
        /** A header (If-None-Match, Accept, Content-Type...) that does not follow its grammar. */
        MALFORMED_HEADER,
        /** A query or body in an unknown character set, or bytes that are not valid in it. */
        UNREADABLE_TEXT,
        /** A form post that our page did not render: missing or wrong nonce, forged view state. */
        FORGED_FORM,
        /** A form post whose page has expired (the session ended). */
        EXPIRED_FORM
    }

    private ClientErrors() {
    }

    /** The client's fault among {@code error} and its causes, if it is one. */
    public static Optional<Kind> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharConversionException || t instanceof UnsupportedEncodingException
                    || t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException
                    || t instanceof CharacterCodingException) {
                return Optional.of(Kind.UNREADABLE_TEXT);
            }
            if (t instanceof ProcessingException && t.getCause() instanceof ParseException) {
                // Jersey's HeaderValueException: an inbound header it could not parse.
                return Optional.of(Kind.MALFORMED_HEADER);
            }
            if (t instanceof CspException) {
                return Optional.of(Kind.FORGED_FORM);
            }
            if (t instanceof ViewExpiredException) {
                return Optional.of(Kind.EXPIRED_FORM);
            }
            // Mojarra, when a post claims a stateless view ("stateless" as its view state) for a page that is not.
            if (t instanceof jakarta.faces.FacesException && t.getMessage() != null
                    && t.getMessage().startsWith("Unable to restore view")) {
                return Optional.of(Kind.FORGED_FORM);
            }
        }
        return Optional.empty();
    }

    /** One line in the log for a client's error: what and where, no stack trace. */
    public static void log(Kind kind, String where, Throwable error) {
        LOG.log(Level.FINE, () -> "Client error " + kind + " at " + where + ": " + summary(error));
    }

    /** The innermost message, cut short and on one line (it may quote what the client sent). */
    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        text = text.replaceAll("[\\r\\n\\t]", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
