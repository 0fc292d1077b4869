package org.familyportal.directory.application.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.directory.domain.draft.ListingDraft;
import org.familyportal.directory.domain.draft.ListingDrafts;
import org.familyportal.directory.domain.draft.ListingSnapshot;
import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.HoursMode;
import org.familyportal.directory.domain.draft.ListingSnapshot.Phone;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;
import org.familyportal.directory.domain.draft.PublishedListings;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.Provider;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Two drafts waiting for a moderator in the demo portal, so the queue, the difference and the
 * decision can be tried at once: new phones and hours of a service (sent three days ago), and a
 * new description of an organisation (sent today). Made once, into an empty draft table, by the
 * demo directory's start-up; the author is the demo partner account.
 */
@ApplicationScoped
public class DemoDrafts {

    /** The demo partner's account (the portal's demo staff). */
    public static final String AUTHOR = "partner@family-portal.local";

    private static final Logger LOG = Logger.getLogger(DemoDrafts.class.getName());

    @Inject
    ListingDrafts drafts;

    @Inject
    PublishedListings published;

    @Inject
    Listings listings;

    @Transactional
    public void createOnce() {
        if (drafts.countAll() > 0) {
            return;
        }
        List<Provider> providers = listings.findProviders("", 0, 40);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int made = 0;
        for (Provider provider : providers) {
            Optional<ListingSnapshot> listing = published.read(provider.getId());
            if (listing.isEmpty() || listing.get().getServices().isEmpty()) {
                continue;
            }
            ListingSnapshot base = listing.get();
            ListingSnapshot snapshot = base.copy();
            if (made == 0) {
                Service service = snapshot.getServices().get(0);
                Phone phone = service.addPhone();
                phone.setNumber("+7 (3952) 48-00-21");
                phone.setType("voice");
                phone.setDescription("Запись на консультацию (демо)");
                service.setHoursMode(HoursMode.GIVEN);
                service.getHours().removeIf(h -> !h.isClosed());
                period(service, LocalTime.of(9, 0), LocalTime.of(13, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
                period(service, LocalTime.of(14, 0), LocalTime.of(18, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
                service.setAccepting(ListingSnapshot.Accepting.WAITING_LIST);
                add(snapshot, base, now.minusDays(3));
            } else {
                snapshot.getOrganisation().setDescription(snapshot.getOrganisation().getDescription()
                        + " С 2027 года принимаем семьи и по субботам (демо).");
                add(snapshot, base, now.minusHours(2));
            }
            if (++made == 2) {
                break;
            }
        }
        LOG.info(() -> "demo drafts waiting for moderation: 2");
    }

    private static void period(Service service, LocalTime opens, LocalTime closes, DayOfWeek... days) {
        Hours hours = service.addHours();
        hours.getDays().addAll(List.of(days));
        hours.setOpensAt(opens);
        hours.setClosesAt(closes);
    }

    private void add(ListingSnapshot snapshot, ListingSnapshot published, LocalDateTime sent) {
        ListingDraft draft = new ListingDraft(snapshot, false, AUTHOR, sent);
        draft.startFrom(published);
        draft.submit(sent);
        drafts.add(draft);
    }
}
