package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.RequestNumber;
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

    @Inject
    HelpRequestRepository requests;

    @Inject
    HelpRequestIntake intake;

    public record Reply(Instant at, String text) {
    }

    /**
     * What the status page shows; {@code centreName} and {@code acknowledgeBy} (the centre that will
     * contact the family and by when) as on the receipt, null while no centre answers for the place.
     */
    public record PublicStatus(String number, RequestStatus status, Instant receivedAt, List<Reply> replies,
                               String municipalityCode, String centreName, Instant acknowledgeBy) {

        /** Still waiting for the centre to take it into work: the page says who will call and by when. */
        public boolean waitingForCentre() {
            return status == RequestStatus.NEW && centreName != null && acknowledgeBy != null;
        }
    }

    public Optional<PublicStatus> find(String number, String code) {
        RequestNumber typed = RequestNumber.typed(number);
        String normalizedNumber = typed.value();
        Optional<HelpRequest> found = requests.findByNumber(typed);
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
        List<Reply> replies = requests.events(request.getId()).stream()
                .filter(e -> e.getKind() == EventKind.REPLY && e.getText() != null).map(e -> new Reply(e.getOccurredAt(), e.getText())).toList();
        HelpRequestIntake.Receipt receipt = intake.receipt(request, null);
        return Optional.of(new PublicStatus(request.getNumber(), request.getStatus(), request.getCreatedAt(), replies,
                request.getMunicipalityCode(), receipt.centreName(), receipt.acknowledgeBy()));
    }
}
