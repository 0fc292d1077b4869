package org.familyportal.portal.domain.provider;

/**
 * Russian registration numbers as an organisation proposed by its representative gives them: the
 * taxpayer number (ИНН: 10 digits for an organisation, 12 for an individual entrepreneur) and the
 * state registration number (ОГРН: 13 digits, ОГРНИП: 15), each with its check digits, so a typo is
 * caught at once rather than by the moderator.
 */
public final class RegistrationNumbers {

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private RegistrationNumbers() {
    }

    /** Whether {@code inn} is a well-formed ИНН (10 or 12 digits) whose check digits agree. */
    public static boolean isInn(String inn) {
        if (inn == null || !inn.matches("\\d{10}|\\d{12}")) {
            return false;
        }
        if (inn.length() == 10) {
            return check(inn, INN10) == digit(inn, 9);
        }
        return check(inn, INN12_FIRST) == digit(inn, 10) && check(inn, INN12_SECOND) == digit(inn, 11);
    }

    /** Whether {@code ogrn} is a well-formed ОГРН (13 digits) or ОГРНИП (15) whose check digit agrees. */
    public static boolean isOgrn(String ogrn) {
        if (ogrn == null || !ogrn.matches("\\d{13}|\\d{15}")) {
            return false;
        }
        int last = ogrn.length() - 1;
        long body = Long.parseLong(ogrn.substring(0, last));
        long modulus = ogrn.length() == 13 ? 11 : 13;
        return (body % modulus) % 10 == digit(ogrn, last);
    }

    /** The digits alone ("7707 083 893" → "7707083893"), for numbers typed with spaces or dashes. */
    public static String digits(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\-]", "");
    }

    private static int check(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(number, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String number, int index) {
        return number.charAt(index) - '0';
    }
}
