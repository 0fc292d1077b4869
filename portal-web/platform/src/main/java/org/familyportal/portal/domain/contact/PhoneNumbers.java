package org.familyportal.portal.domain.contact;

/** Phone numbers as people type them, made comparable. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Phone numbers compare by their last ten digits (8 916... and +7 916... are the same phone). */
    public static String normalize(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }
}
