package org.familyportal.portal.application.request;

import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.request.HelpRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The collaborators of the use cases that are not repositories, as plain objects that remember what they were told. */
final class Fakes {

    private Fakes() {
    }

    static RequestSettings settings() {
        RequestSettings settings = new RequestSettings();
        settings.urgentWithin = Duration.ofHours(1);
        settings.workingDays = 1;
        settings.retention = Duration.ofDays(1095);
        settings.address = org.familyportal.portal.infrastructure.config.PublicAddress.of("http://localhost:8080");
        return settings;
    }

    /** An administrator signed in as {@code name}: acts in their own name only. */
    static CurrentCaller administrator(String name) {
        return new CurrentCaller() {
            @Override
            public String actingAs(String claimed, Role... anyOf) {
                if (!name.equals(claimed) || !List.of(anyOf).contains(Role.ADMIN)) {
                    throw new org.familyportal.portal.application.access.AccessDeniedException(claimed);
                }
                return name;
            }
        };
    }

    static final class Audit extends AuditTrail {
        final List<String> entries = new ArrayList<>();

        @Override
        public void record(String actor, AuditAction action, Long requestId, String detail) {
            entries.add(actor + " " + action + " " + requestId + " " + detail);
        }
    }

    static final class Alerts extends RequestAlerts {
        final List<String> sent = new ArrayList<>();

        @Override
        public void routed(HelpRequest request) {
            sent.add("routed " + request.getNumber() + " to " + request.getCentreId());
        }

        @Override
        public void overdue(HelpRequest request) {
            sent.add("overdue " + request.getNumber());
        }

        @Override
        public void unrouted(HelpRequest request) {
            sent.add("unrouted " + request.getNumber());
        }
    }
}
