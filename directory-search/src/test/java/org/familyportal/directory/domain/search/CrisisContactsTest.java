package org.familyportal.directory.domain.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrisisContactsTest {

    @Test
    void withoutConfigurationTheEmergencyNumberAndTheHotlineServeEveryRegion() {
        List<CrisisContacts.Contact> contacts = CrisisContacts.parse("", "112", "8-800-2000-122").forRegion("Самарская область");
        assertEquals(List.of("emergency", "hotline"), contacts.stream().map(CrisisContacts.Contact::kind).toList());
        assertEquals("tel:88002000122", contacts.get(1).tel());
        assertFalse(CrisisContacts.parse(null, "112", "").forRegion(null).isEmpty());
    }

    @Test
    void aRegionsOwnContactsComeFirstAndOtherRegionsAreLeftOut() {
        CrisisContacts contacts = CrisisContacts.parse(
                "Иркутская область|Кризисный центр для женщин|+7 (3952) 00-00-01; *|Детский телефон доверия|8-800-2000-122;"
                        + " Самарская область|Телефон доверия|+7 846 000-00-02; broken entry; Самарская область|no phone|",
                "112", null);
        List<CrisisContacts.Contact> irkutsk = contacts.forRegion("иркутская область");
        assertEquals(List.of("Кризисный центр для женщин", "Детский телефон доверия"),
                irkutsk.stream().filter(c -> c.name() != null).map(CrisisContacts.Contact::name).toList());
        assertEquals("tel:+73952000001", irkutsk.get(0).tel());
        assertEquals("112", irkutsk.get(irkutsk.size() - 1).phone());
        assertTrue(contacts.forRegion(null).stream().noneMatch(c -> "regional".equals(c.kind()) && !"*".equals(c.region())));
    }

    @Test
    void aCrisisServiceAmongTheFirstResultsIsRecognisedByItsKindOfHelp() {
        SearchResults.Hit shelter = new SearchResults.Hit("1", "Приют", "", "", null, Opening.NOT_GIVEN, false, true,
                List.of("crisis-shelter"), 1f, null);
        SearchResults.Hit other = new SearchResults.Hit("2", "Кружок", "", "", null, Opening.NOT_GIVEN, false, false,
                List.of("education-leisure"), 1f, null);
        assertTrue(CrisisContacts.crisisServiceAmong(new SearchResults(2, List.of(other, shelter), Map.of(), true), 3));
        assertFalse(CrisisContacts.crisisServiceAmong(new SearchResults(2, List.of(other, other, other, shelter), Map.of(), true), 3));
    }
}
