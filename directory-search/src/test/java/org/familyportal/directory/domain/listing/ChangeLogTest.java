package org.familyportal.directory.domain.listing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeLogTest {

    private final ChangeLog<ServiceListing> log = new ChangeLog<ServiceListing>("service")
            .field("name", ServiceListing::getName)
            .field("status", s -> s.getStatus().hsds())
            .field("minimum_age", ServiceListing::getMinimumAge)
            .field("description", ServiceListing::getDescription);

    @Test
    void everyChangedFieldIsWrittenDownWithOldAndNewValue() {
        Provider provider = Provider.newProvider();
        ServiceListing service = ServiceListing.newService(provider);
        service.setName("Психолог");
        service.setMinimumAge(new BigDecimal("12.0"));
        Map<String, String> before = log.snapshot(service);

        service.setName("Психолог для подростков");
        service.setStatus(ServiceStatus.TEMPORARILY_CLOSED);
        service.setMinimumAge(new BigDecimal("12"));
        service.setDescription("   ");
        List<ChangeRecord> changes = log.changes(service.getId(), before, service, "update",
                LocalDate.of(2026, 11, 22), ChangeRecord.MODERATOR, "moderator@example.org");

        assertEquals(2, changes.size(), "12.0 and 12 are the same age; blank is no description");
        assertEquals("name", changes.get(0).getField());
        assertEquals("Психолог", changes.get(0).getPreviousValue());
        assertEquals("Психолог для подростков", changes.get(0).getReplacementValue());
        assertEquals("status", changes.get(1).getField());
        assertEquals("active", changes.get(1).getPreviousValue());
        assertEquals("temporarily closed", changes.get(1).getReplacementValue());
        assertTrue(changes.stream().allMatch(c -> c.getUpdatedBy().equals("moderator")
                && c.getChangedBy().equals("moderator@example.org") && c.getResourceType().equals("service") && c.getResourceId().equals(service.getId())));
    }

    @Test
    void verificationMovesTheLastVerifiedDateOnly() {
        ServiceListing service = ServiceListing.newService(Provider.newProvider());
        service.verify(LocalDate.of(2026, 11, 22));
        assertEquals(LocalDate.of(2026, 11, 22), service.getAssuredDate());
        assertEquals(null, service.getAssurerEmail(), "no staff member's address is published as the assurer");
        assertEquals(null, service.getLastModified(), "verifying is not editing");
    }
}
