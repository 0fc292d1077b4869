package org.familyportal.directory.domain.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The crisis contacts of each region, shown with every search that signals danger, so that such a
 * search never leaves a parent without a number to call, even where the directory lists no crisis
 * service near them. Configured as text (the portal's {@code portal.crisis.contacts}): entries
 * separated by {@code ;}, each {@code region|name|phone}, the region as the gazetteer names it
 * ("Иркутская область") or {@code *} for every region. Without any, the portal's emergency number
 * and family hotline serve every region.
 */
public final class CrisisContacts {

    /** A number to call: {@code kind} is emergency, hotline (the defaults, named by the page) or regional. */
    public record Contact(String region, String name, String phone, String kind) {

        /** A {@code tel:} URI: the leading plus and the digits. */
        public String tel() {
            return "tel:" + phone.replaceAll("[^0-9+]", "");
        }
    }

    private final List<Contact> contacts;

    private CrisisContacts(List<Contact> contacts) {
        this.contacts = contacts;
    }

    /**
     * Reads {@code spec} (blank: none); entries without a phone are skipped. The emergency number
     * and the hotline always close the list, for every region.
     */
    public static CrisisContacts parse(String spec, String emergencyNumber, String hotlineNumber) {
        List<Contact> contacts = new ArrayList<>();
        if (spec != null) {
            for (String entry : spec.split(";")) {
                String[] parts = entry.split("\\|", -1);
                if (parts.length == 3 && !parts[2].isBlank() && !parts[1].isBlank()) {
                    String region = parts[0].strip();
                    contacts.add(new Contact(region.isEmpty() ? "*" : region, parts[1].strip(), parts[2].strip(), "regional"));
                }
            }
        }
        if (emergencyNumber != null && !emergencyNumber.isBlank()) {
            contacts.add(new Contact("*", null, emergencyNumber.strip(), "emergency"));
        }
        if (hotlineNumber != null && !hotlineNumber.isBlank()) {
            contacts.add(new Contact("*", null, hotlineNumber.strip(), "hotline"));
        }
        return new CrisisContacts(List.copyOf(contacts));
    }

    /** The contacts for a parent in {@code region} (null: unknown), the region's own first. */
    public List<Contact> forRegion(String region) {
        List<Contact> own = new ArrayList<>();
        List<Contact> everywhere = new ArrayList<>();
        for (Contact contact : contacts) {
            if ("*".equals(contact.region())) {
                everywhere.add(contact);
            } else if (region != null && Folding.fold(region).equals(Folding.fold(contact.region()))) {
                own.add(contact);
            }
        }
        own.addAll(everywhere);
        return List.copyOf(own);
    }

    /** Whether the results offer a crisis service of the directory among the first {@code top}. */
    public static boolean crisisServiceAmong(SearchResults results, int top) {
        return results.hits().stream().limit(top)
                .anyMatch(h -> h.categories().contains("crisis-shelter") || h.categories().contains("hotline"));
    }
}
