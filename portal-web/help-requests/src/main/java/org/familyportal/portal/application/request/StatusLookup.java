package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.RequestNumbers;
import org.familyportal.portal.domain.request.RequestStatus;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The family's status page: with the request number and the private code, the status and the
 * centre's replies, nothing else (no personal data, not even what the family wrote).
 */
@ApplicationScoped
public class StatusLookup {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HelpRequestIntake intake;

    public record Reply(Instant at, String text) {
    }

    public record PublicStatus(String number, RequestStatus status, Instant receivedAt, List<Reply> replies,
                               String municipalityCode) {
    }

    public Optional<PublicStatus> find(String number, String code) {
        String normalizedNumber = RequestNumbers.normalizeNumber(number);
        Optional<HelpRequest> found = em.createQuery("select r from HelpRequest r where r.number = :n", HelpRequest.class)
                .setParameter("n", normalizedNumber).getResultStream().findFirst();
        // The hashes are computed whether or not the number exists, so timing tells nothing. Every
        // configured key's hash counts: a code given before a key rotation still opens the page.
        List<String> expected = intake.statusHashes(normalizedNumber, code);
        String stored = found.map(HelpRequest::getStatusCodeHash).orElse(null);
        boolean matches = false;
        for (String hash : expected) {
            matches |= stored != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                    stored.getBytes(StandardCharsets.US_ASCII));
        }
        if (!matches) {
            return Optional.empty();
        }
        HelpRequest request = found.get();
        List<Reply> replies = em.createQuery("select e from RequestEvent e where e.requestId = :id and e.kind = :reply"
                        + " order by e.occurredAt", org.familyportal.portal.domain.request.RequestEvent.class)
                .setParameter("id", request.getId()).setParameter("reply", EventKind.REPLY).getResultList()
                .stream().filter(e -> e.getText() != null).map(e -> new Reply(e.getOccurredAt(), e.getText())).toList();
        return Optional.of(new PublicStatus(request.getNumber(), request.getStatus(), request.getCreatedAt(), replies,
                request.getMunicipalityCode()));
    }
}
