package org.familyportal.portal.domain.request;

import org.familyportal.portal.domain.contact.PhoneNumbers;

import java.security.SecureRandom;

/**
 * The numbers a family sees: a request number to quote, and a private code that with the number
 * opens the status page. Both are random, so they reveal neither how many requests there are nor
 * each other; the code's alphabet leaves out look-alike characters (0/O, 1/I/L).
 */
public final class RequestNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 8;

    private RequestNumbers() {
    }

    /** Like {@code 4821-9307}. */
    public static String newNumber() {
        return String.format("%04d-%04d", RANDOM.nextInt(10_000), RANDOM.nextInt(10_000));
    }

    /** Like {@code K7QM-3XPD}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH + 1);
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i == CODE_LENGTH / 2) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** What people type, made comparable: upper case, no blanks, the dash where it belongs. */
    public static String normalizeCode(String typed) {
        if (typed == null) {
            return "";
        }
        String plain = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        return plain.length() == CODE_LENGTH ? plain.substring(0, 4) + "-" + plain.substring(4) : plain;
    }

    public static String normalizeNumber(String typed) {
        if (typed == null) {
            return "";
        }
        String digits = typed.replaceAll("\\D", "");
        return digits.length() == 8 ? digits.substring(0, 4) + "-" + digits.substring(4) : typed.strip();
    }

    /** Phone numbers compare by their last ten digits (see {@link PhoneNumbers#normalize}). */
    public static String normalizePhone(String phone) {
        return PhoneNumbers.normalize(phone);
    }
}
