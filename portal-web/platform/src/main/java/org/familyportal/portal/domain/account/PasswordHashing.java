package org.familyportal.portal.domain.account;

/**
 * How passwords are stored: a salted, slow one-way hash. The portal's implementation is Jakarta
 * Security's {@code Pbkdf2PasswordHash}; hashes in the portal's first notation are still verified
 * and replaced at the next successful sign-in.
 */
public interface PasswordHashing {

    String hash(char[] password);

    /** True when {@code password} matches {@code stored}; false for any malformed stored value. */
    boolean verify(char[] password, String stored);

    /** Whether {@code stored} is in the current notation and strength (else it is replaced at sign-in). */
    boolean isCurrent(String stored);
}
