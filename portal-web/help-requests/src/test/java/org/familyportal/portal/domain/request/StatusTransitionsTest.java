package org.familyportal.portal.domain.request;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The whole table of the centre's workflow: every move that is allowed, and every one that is not. */
class StatusTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "NEW, IN_PROGRESS, true", "NEW, REFERRED, false", "NEW, RESOLVED, false", "NEW, CLOSED, true",
            "IN_PROGRESS, NEW, false", "IN_PROGRESS, REFERRED, true", "IN_PROGRESS, RESOLVED, true", "IN_PROGRESS, CLOSED, false",
            "REFERRED, NEW, false", "REFERRED, IN_PROGRESS, true", "REFERRED, RESOLVED, true", "REFERRED, CLOSED, false",
            "RESOLVED, NEW, false", "RESOLVED, IN_PROGRESS, true", "RESOLVED, REFERRED, false", "RESOLVED, CLOSED, true",
            "CLOSED, NEW, false", "CLOSED, IN_PROGRESS, true", "CLOSED, REFERRED, false", "CLOSED, RESOLVED, false",
    })
    void aRequestMovesOnlyAlongTheWorkflow(RequestStatus from, RequestStatus to, boolean allowed) {
        HelpRequest request = at(from);
        if (allowed) {
            request.moveTo(to, Instant.EPOCH.plusSeconds(1000));
            assertEquals(to, request.getStatus());
        } else {
            InvalidTransitionException refused = assertThrows(InvalidTransitionException.class,
                    () -> request.moveTo(to, Instant.EPOCH.plusSeconds(1000)));
            assertEquals(from, request.getStatus(), "a refused move changes nothing: " + refused.getMessage());
        }
    }

    /** A request brought to {@code status} along the workflow. */
    private static HelpRequest at(RequestStatus status) {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1234-5678", Instant.EPOCH);
        request.route("centre", Instant.EPOCH.plusSeconds(3600));
        Instant t = Instant.EPOCH.plusSeconds(60);
        switch (status) {
            case NEW -> { }
            case IN_PROGRESS -> request.moveTo(RequestStatus.IN_PROGRESS, t);
            case REFERRED -> { request.moveTo(RequestStatus.IN_PROGRESS, t); request.moveTo(RequestStatus.REFERRED, t); }
            case RESOLVED -> { request.moveTo(RequestStatus.IN_PROGRESS, t); request.moveTo(RequestStatus.RESOLVED, t); }
            case CLOSED -> request.moveTo(RequestStatus.CLOSED, t);
        }
        return request;
    }
}
