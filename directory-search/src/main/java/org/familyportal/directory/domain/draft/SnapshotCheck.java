package org.familyportal.directory.domain.draft;

import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.HoursMode;
import org.familyportal.directory.domain.draft.ListingSnapshot.Location;
import org.familyportal.directory.domain.draft.ListingSnapshot.Organisation;
import org.familyportal.directory.domain.draft.ListingSnapshot.Phone;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;
import static org.familyportal.directory.domain.search.Phone.KINDS;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What is wrong with a snapshot before it may be submitted or published: required fields, the
 * checksums of ИНН and ОГРН, addresses of sites and mailboxes, ages, phone numbers and types,
 * hours that say when, dates in order, coordinates on the globe, and municipalities and terms the
 * directory knows. Each problem names where it is ({@code path}, e.g. {@code services[0].phones[1].number})
 * and a message key ({@code draft.invalid.*}).
 */
public final class SnapshotCheck {

    /** The {@code organization_identifier.identifier_type} of an ОГРН. */
    public static final String OGRN_TYPE = "ogrn";
    public static final int NAME_MAX = 500;
    public static final int TEXT_MAX = 10_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{5,25}");
    private static final List<String> LANGUAGE = List.of("ru", "en", "tt", "ba", "de", "uk", "kk", "ky", "uz", "tg", "hy",
            "az", "zh", "sgn");

    /** One problem: where, and which message explains it. */
    public record Problem(String path, String messageKey) implements Serializable {
    }

    private final Predicate<String> knownMunicipality;
    private final Predicate<String> knownTerm;

    /** With the directory's municipalities and taxonomy terms, to refuse codes it does not know. */
    public SnapshotCheck(Predicate<String> knownMunicipality, Predicate<String> knownTerm) {
        this.knownMunicipality = knownMunicipality;
        this.knownTerm = knownTerm;
    }

    /** Every problem of {@code snapshot}, in the order of the form; empty when it may be published. */
    public List<Problem> problems(ListingSnapshot snapshot) {
        List<Problem> problems = new ArrayList<>();
        Organisation o = snapshot.getOrganisation();
        required(problems, "organisation.name", o.getName(), NAME_MAX);
        required(problems, "organisation.description", o.getDescription(), TEXT_MAX);
        optional(problems, "organisation.alternateName", o.getAlternateName(), NAME_MAX);
        if (present(o.getTaxId()) && !validInn(o.getTaxId().strip())) {
            problems.add(new Problem("organisation.taxId", "draft.invalid.inn"));
        }
        if (present(o.getOgrn()) && !validOgrn(o.getOgrn().strip())) {
            problems.add(new Problem("organisation.ogrn", "draft.invalid.ogrn"));
        }
        url(problems, "organisation.website", o.getWebsite());
        url(problems, "organisation.logo", o.getLogo());
        email(problems, "organisation.email", o.getEmail());

        for (int i = 0; i < snapshot.getServices().size(); i++) {
            service(problems, "services[" + i + "].", snapshot.getServices().get(i), snapshot);
        }
        for (int i = 0; i < snapshot.getLocations().size(); i++) {
            location(problems, "locations[" + i + "].", snapshot.getLocations().get(i));
        }
        return problems;
    }

    private void service(List<Problem> problems, String at, Service s, ListingSnapshot snapshot) {
        required(problems, at + "name", s.getName(), NAME_MAX);
        optional(problems, at + "alternateName", s.getAlternateName(), NAME_MAX);
        optional(problems, at + "description", s.getDescription(), TEXT_MAX);
        optional(problems, at + "applicationProcess", s.getApplicationProcess(), TEXT_MAX);
        optional(problems, at + "eligibility", s.getEligibility(), TEXT_MAX);
        optional(problems, at + "fees", s.getFees(), TEXT_MAX);
        age(problems, at + "minimumAge", s.getMinimumAge());
        age(problems, at + "maximumAge", s.getMaximumAge());
        if (s.getMinimumAge() != null && s.getMaximumAge() != null && s.getMinimumAge() > s.getMaximumAge()) {
            problems.add(new Problem(at + "maximumAge", "draft.invalid.ageRange"));
        }
        url(problems, at + "url", s.getUrl());
        email(problems, at + "email", s.getEmail());
        for (String language : s.getLanguages()) {
            if (!LANGUAGE.contains(language)) {
                problems.add(new Problem(at + "languages", "draft.invalid.language"));
            }
        }
        for (String term : s.getTerms()) {
            if (!knownTerm.test(term)) {
                problems.add(new Problem(at + "terms", "draft.invalid.term"));
            }
        }
        for (String area : s.getAreas()) {
            if (!knownMunicipality.test(area)) {
                problems.add(new Problem(at + "areas", "draft.invalid.municipality"));
            }
        }
        for (String location : s.getLocationIds()) {
            if (snapshot.location(location).isEmpty()) {
                problems.add(new Problem(at + "locationIds", "draft.invalid.location"));
            }
        }
        for (int i = 0; i < s.getPhones().size(); i++) {
            Phone p = s.getPhones().get(i);
            String pat = at + "phones[" + i + "].";
            if (!present(p.getNumber())) {
                problems.add(new Problem(pat + "number", "draft.invalid.required"));
            } else if (!"messenger".equals(p.getType()) && (!PHONE.matcher(p.getNumber().strip()).matches()
                    || p.getNumber().chars().filter(Character::isDigit).count() < 3)) {
                // A messenger line is a handle (@name), not a number.
                problems.add(new Problem(pat + "number", "draft.invalid.phone"));
            } else if (p.getNumber().length() > 100) {
                problems.add(new Problem(pat + "number", "draft.invalid.tooLong"));
            }
            if (present(p.getType()) && !KINDS.contains(p.getType())) {
                problems.add(new Problem(pat + "type", "draft.invalid.phoneType"));
            }
            optional(problems, pat + "description", p.getDescription(), NAME_MAX);
        }
        boolean periods = false;
        for (int i = 0; i < s.getHours().size(); i++) {
            Hours h = s.getHours().get(i);
            String hat = at + "hours[" + i + "].";
            if (h.getValidFrom() != null && h.getValidTo() != null && h.getValidTo().isBefore(h.getValidFrom())) {
                problems.add(new Problem(hat + "validTo", "draft.invalid.dateRange"));
            }
            if (h.isClosed()) {
                if (h.getValidFrom() == null) {
                    problems.add(new Problem(hat + "validFrom", "draft.invalid.closureDates"));
                }
                continue;
            }
            if (s.getHoursMode() != HoursMode.GIVEN) {
                continue;
            }
            periods = true;
            if (h.getDays().isEmpty()) {
                problems.add(new Problem(hat + "days", "draft.invalid.days"));
            }
            if (h.getOpensAt() == null) {
                problems.add(new Problem(hat + "opensAt", "draft.invalid.required"));
            }
            if (h.getClosesAt() == null) {
                problems.add(new Problem(hat + "closesAt", "draft.invalid.required"));
            }
            if (h.getOpensAt() != null && h.getOpensAt().equals(h.getClosesAt())) {
                problems.add(new Problem(hat + "closesAt", "draft.invalid.emptyPeriod"));
            }
        }
        if (s.getHoursMode() == HoursMode.GIVEN && !periods) {
            problems.add(new Problem(at + "hours", "draft.invalid.noPeriods"));
        }
    }

    private void location(List<Problem> problems, String at, Location l) {
        optional(problems, at + "name", l.getName(), NAME_MAX);
        optional(problems, at + "address", l.getAddress(), NAME_MAX);
        if (present(l.getAddress()) && !present(l.getCity())) {
            problems.add(new Problem(at + "city", "draft.invalid.required"));
        }
        if (!present(l.getMunicipalityCode())) {
            problems.add(new Problem(at + "municipalityCode", "draft.invalid.required"));
        } else if (!knownMunicipality.test(l.getMunicipalityCode())) {
            problems.add(new Problem(at + "municipalityCode", "draft.invalid.municipality"));
        }
        if ((l.getLatitude() == null) != (l.getLongitude() == null)) {
            problems.add(new Problem(at + "latitude", "draft.invalid.coordinates"));
        } else if (l.getLatitude() != null && (outside(l.getLatitude(), 90) || outside(l.getLongitude(), 180))) {
            problems.add(new Problem(at + "latitude", "draft.invalid.coordinates"));
        }
        optional(problems, at + "accessibility", l.getAccessibility(), TEXT_MAX);
    }

    /** ИНН: 10 digits (an organisation) or 12 (an individual entrepreneur), with their check digits. */
    public static boolean validInn(String inn) {
        if (!inn.matches("\\d{10}|\\d{12}")) {
            return false;
        }
        if (inn.length() == 10) {
            return check(inn, new int[] {2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(inn, 9);
        }
        return check(inn, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(inn, 10)
                && check(inn, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(inn, 11);
    }

    /** ОГРН: 13 digits (ОГРНИП 15), the last being the rest of the others by 11 (13 for ОГРНИП), mod 10. */
    public static boolean validOgrn(String ogrn) {
        if (!ogrn.matches("\\d{13}|\\d{15}")) {
            return false;
        }
        int n = ogrn.length();
        long body = Long.parseLong(ogrn.substring(0, n - 1));
        long rest = body % (n == 13 ? 11 : 13) % 10;
        return rest == digit(ogrn, n - 1);
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String digits, int i) {
        return digits.charAt(i) - '0';
    }

    private static boolean outside(BigDecimal value, int limit) {
        return value.abs().compareTo(BigDecimal.valueOf(limit)) > 0;
    }

    private static void age(List<Problem> problems, String path, Integer age) {
        if (age != null && (age < 0 || age > 150)) {
            problems.add(new Problem(path, "draft.invalid.age"));
        }
    }

    private static void required(List<Problem> problems, String path, String value, int max) {
        if (!present(value)) {
            problems.add(new Problem(path, "draft.invalid.required"));
        } else {
            optional(problems, path, value, max);
        }
    }

    private static void optional(List<Problem> problems, String path, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(path, "draft.invalid.tooLong"));
        }
    }

    private static void url(List<Problem> problems, String path, String value) {
        if (present(value) && !URL.matcher(value.strip()).matches()) {
            problems.add(new Problem(path, "draft.invalid.url"));
        }
    }

    private static void email(List<Problem> problems, String path, String value) {
        if (present(value) && (!EMAIL.matcher(value.strip()).matches() || value.length() > 254)) {
            problems.add(new Problem(path, "draft.invalid.email"));
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
