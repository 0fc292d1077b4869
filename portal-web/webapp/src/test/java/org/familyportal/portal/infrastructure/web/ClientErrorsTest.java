package org.familyportal.portal.infrastructure.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

import java.io.CharConversionException;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a client sent wrong is told from the server's own faults, and logged in one line without a stack trace. */
class ClientErrorsTest {

    @Test
    void failuresCausedByTheRequestAreClientErrors() {
        // Raw non-UTF-8 bytes in a query, as the container reports them.
        assertEquals(Optional.of(ClientErrors.Kind.UNREADABLE_TEXT), ClientErrors.of(
                new ServletException(new IllegalStateException(new CharConversionException("Decoding error")))));
        assertEquals(Optional.of(ClientErrors.Kind.UNREADABLE_TEXT),
                ClientErrors.of(new UnsupportedCharsetException("klingon")));
        // Jersey's HeaderValueException for If-None-Match: garbage.
        assertEquals(Optional.of(ClientErrors.Kind.MALFORMED_HEADER), ClientErrors.of(
                new ProcessingException("Unable to parse \"If-None-Match\"", new ParseException("garbage", 0))));
        assertEquals(Optional.of(ClientErrors.Kind.FORGED_FORM), ClientErrors.of(new CspException("Missing CSP nonce")));
        assertEquals(Optional.of(ClientErrors.Kind.EXPIRED_FORM), ClientErrors.of(new ViewExpiredException("/x.xhtml")));
    }

    @Test
    void faultsOfTheServerAreNot() {
        assertEquals(Optional.empty(), ClientErrors.of(new NullPointerException()));
        assertEquals(Optional.empty(), ClientErrors.of(new IllegalStateException(new SQLException("gone"))));
        assertEquals(Optional.empty(), ClientErrors.of(new ProcessingException("writer failed")));
        assertEquals(Optional.empty(), ClientErrors.of(new OutOfMemoryError()));
    }

    @Test
    void aClientErrorIsLoggedInOneLineWithoutStackTrace() {
        Logger logger = Logger.getLogger(ClientErrors.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        try {
            ClientErrors.log(ClientErrors.Kind.UNREADABLE_TEXT, "/find-help.xhtml", new ServletException(
                    new IllegalStateException(new CharConversionException("Decoding error\n\tat x.y(Z.java:1)"))));
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
        assertEquals(1, records.size());
        LogRecord record = records.get(0);
        assertNull(record.getThrown(), "no stack trace");
        assertTrue(record.getLevel().intValue() <= Level.FINE.intValue(), "below what the log keeps by default");
        String text = record.getMessage();
        assertFalse(text.contains("\n") || text.contains("\t"), text);
        assertTrue(text.contains("UNREADABLE_TEXT") && text.contains("/find-help.xhtml"), text);
    }
}
