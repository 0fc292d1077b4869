package org.familyportal.directory.application.moderation;

import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.OrganizationContacts;
import org.familyportal.directory.application.port.ReportNotices;
import org.familyportal.directory.application.port.StaffCaller;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.domain.listing.ListingReports;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who hears of a report of wrong information, who may read and answer it, and what they see. */
class WrongInformationReportsRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private final List<ListingReport> stored = new ArrayList<>();
    private final List<ReportNotices.Reported> mailed = new ArrayList<>();
    private final Provider ours = provider("Центр «Семья»");
    private final Provider theirs = provider("Фонд «Опора»");
    private final ServiceListing ourService = service(ours, "Консультация психолога");
    private final ServiceListing theirService = service(theirs, "Юридическая помощь");
    private final Map<String, List<OrganizationContacts.Recipient>> members = Map.of(
            ours.getId(), List.of(new OrganizationContacts.Recipient("anna@semya.example", Locale.forLanguageTag("ru")),
                    new OrganizationContacts.Recipient("john@semya.example", Locale.ENGLISH)));

    @Test
    void aReportIsKeptAndEveryMemberOfTheOrganisationIsToldInTheirLanguage() {
        visitor().report(ourService.getId(), "  Телефон не отвечает  ", "mama@example.org");
        assertEquals(1, stored.size());
        assertEquals("Телефон не отвечает", stored.get(0).getMessage());
        assertEquals(List.of("anna@semya.example", "john@semya.example"), mailed.stream().map(n -> n.to().email()).toList());
        assertEquals(Locale.ENGLISH, mailed.get(1).to().locale());
        assertTrue(mailed.stream().allMatch(n -> n.serviceName().equals("Консультация психолога")
                && n.organizationName().equals("Центр «Семья»")));
    }

    @Test
    void anOrganisationWithoutMembersLeavesTheReportToTheModerators() {
        visitor().report(theirService.getId(), "Адрес устарел", null);
        assertEquals(1, stored.size());
        assertTrue(mailed.isEmpty());
    }

    @Test
    void anEmptyOrOverlongReportOrOneTooManyADayIsRefused() {
        assertEquals("reports.message.required", assertThrows(InvalidListingException.class,
                () -> visitor().report(ourService.getId(), "  ", null)).messageKey());
        assertEquals("reports.tooLong", assertThrows(InvalidListingException.class,
                () -> visitor().report(ourService.getId(), "x".repeat(ListingReport.MESSAGE_MAX + 1), null)).messageKey());
        for (int i = 0; i < WrongInformationReports.REPORTS_PER_SERVICE_PER_DAY; i++) {
            visitor().report(ourService.getId(), "Ошибка " + i, null);
        }
        assertEquals("reports.tooMany", assertThrows(InvalidListingException.class,
                () -> visitor().report(ourService.getId(), "Ещё одна", null)).messageKey());
        assertEquals(WrongInformationReports.REPORTS_PER_SERVICE_PER_DAY, stored.size());
        assertEquals(2 * WrongInformationReports.REPORTS_PER_SERVICE_PER_DAY, mailed.size(), "the mails are bounded too");
    }

    @Test
    void aMemberReadsOnlyTheirOwnOrganisationsOpenReportsWithoutTheReportersContact() {
        visitor().report(ourService.getId(), "Часы работы другие", "mama@example.org");
        visitor().report(theirService.getId(), "Закрыто", "papa@example.org");
        List<WrongInformationReports.MemberReport> seen = member("anna@semya.example", ours).forMember();
        assertEquals(1, seen.size());
        assertEquals("Часы работы другие", seen.get(0).message());
        assertEquals(ourService.getId(), seen.get(0).serviceId());
        assertTrue(Arrays.stream(WrongInformationReports.MemberReport.class.getRecordComponents())
                .noneMatch(c -> c.getName().toLowerCase(Locale.ROOT).contains("contact")), "no field carries the contact");
        assertTrue(member("nobody@example.org").forMember().isEmpty(), "a member of no organisation sees none");
        assertThrows(SecurityException.class, () -> visitor().forMember());
    }

    @Test
    void aMemberAnswersTheirOwnReportAndTheAnswerIsKeptWithWhoAndWhen() {
        visitor().report(ourService.getId(), "Часы работы другие", "mama@example.org");
        String id = stored.get(0).getId();
        member("anna@semya.example", ours).answer(id, "  Исправили часы в описании ", "anna@semya.example");
        ListingReport report = stored.get(0);
        assertEquals("Исправили часы в описании", report.getAnswer());
        assertEquals("anna@semya.example", report.getAnsweredBy());
        assertEquals(LocalDateTime.of(2026, 12, 1, 10, 0), report.getAnsweredAt());
        assertNull(report.getResolvedAt(), "the moderator still resolves it");
    }

    @Test
    void aMemberOfAnotherOrganisationCannotAnswerNorProbe() {
        visitor().report(ourService.getId(), "Часы работы другие", null);
        String id = stored.get(0).getId();
        assertThrows(SecurityException.class, () -> member("olga@opora.example", theirs).answer(id, "Чужой ответ", "olga@opora.example"));
        assertThrows(SecurityException.class, () -> member("olga@opora.example", theirs).answer("no-such-id", "?", "olga@opora.example"));
        assertThrows(SecurityException.class, () -> member("anna@semya.example", ours).answer(id, "Ответ", "olga@opora.example"),
                "nobody answers in another's name");
        assertThrows(SecurityException.class, () -> as("moderator@example.org", DirectoryRole.MODERATOR)
                .answer(id, "Ответ", "moderator@example.org"), "moderators resolve, members answer");
        assertNull(stored.get(0).getAnswer());
    }

    @Test
    void anEmptyAnswerOrOneToAResolvedReportIsRefused() {
        visitor().report(ourService.getId(), "Часы работы другие", null);
        ListingReport report = stored.get(0);
        assertEquals("reports.answer.required", assertThrows(InvalidListingException.class,
                () -> member("anna@semya.example", ours).answer(report.getId(), " ", "anna@semya.example")).messageKey());
        report.resolve("moderator@example.org", LocalDateTime.now(CLOCK));
        assertEquals("reports.answer.resolved", assertThrows(InvalidListingException.class,
                () -> member("anna@semya.example", ours).answer(report.getId(), "Готово", "anna@semya.example")).messageKey());
        assertTrue(member("anna@semya.example", ours).forMember().isEmpty(), "a resolved report leaves the member's list");
    }

    // --- helpers

    private WrongInformationReports visitor() {
        return with(StaffCaller.of(null));
    }

    private WrongInformationReports as(String name, DirectoryRole... roles) {
        return with(StaffCaller.of(name, roles));
    }

    private WrongInformationReports member(String name, Provider... organisations) {
        return with(StaffCaller.member(name, Arrays.stream(organisations).map(Provider::getId).toArray(String[]::new)));
    }

    private WrongInformationReports with(StaffCaller caller) {
        ListingReports reports = new ListingReports() {
            @Override
            public List<ListingReport> openReportsOf(Set<String> organizationIds, int max) {
                return stored.stream().filter(r -> r.getResolvedAt() == null
                        && organizationIds.contains(r.getService().getProvider().getId())).limit(max).toList();
            }

            @Override
            public long reportsSince(String serviceId, LocalDateTime since) {
                return stored.stream().filter(r -> r.getService().getId().equals(serviceId)
                        && !r.getReportedAt().isBefore(since)).count();
            }
        };
        return new WrongInformationReports(listings(), reports, caller,
                organizationId -> members.getOrDefault(organizationId, List.of()), mailed::add, CLOCK);
    }

    /** The few repository calls reporting makes, in memory; any other call is a mistake of the use case. */
    private Listings listings() {
        return (Listings) Proxy.newProxyInstance(Listings.class.getClassLoader(), new Class<?>[] {Listings.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "service" -> Optional.ofNullable(args[0].equals(ourService.getId()) ? ourService
                            : args[0].equals(theirService.getId()) ? theirService : null);
                    case "add" -> {
                        stored.add((ListingReport) args[0]);
                        yield null;
                    }
                    case "report" -> stored.stream().filter(r -> r.getId().equals(args[0])).findFirst();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Provider provider(String name) {
        Provider provider = Provider.newProvider();
        provider.setName(name);
        return provider;
    }

    private static ServiceListing service(Provider provider, String name) {
        ServiceListing service = ServiceListing.newService(provider);
        service.setName(name);
        return service;
    }
}
