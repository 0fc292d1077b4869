package org.familyportal.portal.application.provider;

import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.PasswordHashing;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.provider.MailLink;
import org.familyportal.shared.Hashes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-up's rules without a container: an account waits for its e-mail; a registered address is
 * never touched and its owner is mailed instead, at most three times an hour; a confirmation link works
 * once and only within 48 hours.
 */
class ProviderSignUpTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final Accounts accounts = new Accounts();
    private final InMemoryProviders providers = new InMemoryProviders();
    private final Mails mails = new Mails();
    private ProviderSignUp signUp;

    @BeforeEach
    void wire() {
        signUp = new ProviderSignUp();
        signUp.accounts = accounts;
        signUp.providers = providers;
        signUp.mails = mails;
        signUp.hasher = new Hasher();
        signUp.audit = new AuditTrail() {
            @Override
            public void record(String actor, AuditAction action, Long requestId, String detail) {
            }
        };
        at(START);
    }

    @Test
    void aNewRepresentativeWaitsForTheirEmail() {
        signUp.signUp(registration("anna@fond.ru"), RU);
        UserAccount account = accounts.findByEmail("anna@fond.ru").orElseThrow();
        assertFalse(account.isEnabled(), "no sign-in before the e-mail is confirmed");
        assertEquals(EnumSet.of(Role.ORG_MEMBER), account.getRoles());
        assertEquals(List.of("confirm anna@fond.ru ru"), mails.subjects());

        signUp.confirm(mails.lastToken);
        assertTrue(account.isEnabled());
        assertTrue(providers.representative(account.getId()).orElseThrow().isEmailConfirmed());
        assertThrows(InvalidRequestException.class, () -> signUp.confirm(mails.lastToken), "a link works once");
    }

    @Test
    void aLinkLapsesAfterTwoDaysAndAForgedOneNeverWorks() {
        signUp.signUp(registration("gleb@fond.ru"), RU);
        String token = mails.lastToken;
        assertFalse(signUp.isConfirmationValid(token + "x"));
        assertFalse(signUp.isConfirmationValid(null));
        assertTrue(providers.links.stream().noneMatch(l -> l.hash().equals(token)), "only the hash is stored");
        assertTrue(providers.links.stream().anyMatch(l -> l.hash().equals(Hashes.sha256Hex(token))));

        at(START.plus(MailLink.CONFIRMATION_VALIDITY).minusSeconds(1));
        assertTrue(signUp.isConfirmationValid(token));
        at(START.plus(MailLink.CONFIRMATION_VALIDITY));
        assertFalse(signUp.isConfirmationValid(token));
        assertThrows(InvalidRequestException.class, () -> signUp.confirm(token));
        assertFalse(accounts.findByEmail("gleb@fond.ru").orElseThrow().isEnabled());
    }

    @Test
    void aRegisteredAddressIsNeverTouchedAndItsOwnerIsMailed() {
        UserAccount staff = accounts.open("operator@portal.ru", Role.OPERATOR);
        String hashBefore = staff.getPasswordHash();

        signUp.signUp(registration("Operator@Portal.ru"), Locale.ENGLISH);

        assertEquals(1, accounts.all.size(), "no account added");
        assertEquals(hashBefore, staff.getPasswordHash(), "the password is not changed");
        assertEquals(EnumSet.of(Role.OPERATOR), staff.getRoles());
        assertTrue(providers.representatives.isEmpty());
        assertEquals(List.of("registered operator@portal.ru en"), mails.subjects());
        assertEquals(1, ((Hasher) signUp.hasher).hashed, "hashed all the same: the answer takes as long");
    }

    @Test
    void aSecondSignUpBeforeConfirmingMailsANewLink() {
        signUp.signUp(registration("vera@fond.ru"), RU);
        signUp.signUp(registration("vera@fond.ru"), Locale.ENGLISH);
        assertEquals(List.of("confirm vera@fond.ru ru", "confirm vera@fond.ru ru"), mails.subjects(),
                "a new link, in the language of the sign-up");
        assertEquals(1, accounts.all.size());
    }

    @Test
    void atMostThreeMailsAnHourReachOneAddressWhoeverAsks() {
        UserAccount staff = accounts.open("head@centre.ru", Role.SPECIALIST);
        for (int i = 0; i < 6; i++) {
            signUp.signUp(registration(staff.getEmail()), RU);
        }
        assertEquals(ProviderSignUp.MAILS_PER_HOUR, mails.sent.size());
        at(START.plus(Duration.ofMinutes(61)));
        signUp.signUp(registration(staff.getEmail()), RU);
        assertEquals(ProviderSignUp.MAILS_PER_HOUR + 1, mails.sent.size(), "an hour later, one more");
    }

    // --- fakes ----------------------------------------------------------------------------------

    private void at(Instant now) {
        signUp.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private static ProviderSignUp.Registration registration(String email) {
        return new ProviderSignUp.Registration("Анна Петрова", "Директор", email, "+7 3952 000-000", "достаточно-длинный-пароль");
    }

    /** Records the mails instead of queueing them. */
    static final class Mails extends ProviderMails {
        final List<String> sent = new ArrayList<>();
        String lastToken;

        @Override
        void confirmation(String to, Locale language, String token, Instant lapses, long validHours) {
            sent.add("confirm " + to + " " + language.getLanguage());
            lastToken = token;
        }

        @Override
        void alreadyRegistered(String to, Locale language) {
            sent.add("registered " + to + " " + language.getLanguage());
        }

        List<String> subjects() {
            return sent;
        }
    }

    static final class Hasher implements PasswordHashing {
        int hashed;

        @Override
        public String hash(char[] password) {
            hashed++;
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String stored) {
            return stored.equals("hash:" + new String(password));
        }

        @Override
        public boolean isCurrent(String stored) {
            return true;
        }
    }

    static final class Accounts implements UserAccountRepository {
        final Map<Long, UserAccount> all = new HashMap<>();

        UserAccount open(String email, Role role) {
            UserAccount account = new UserAccount(email, "Staff", "hash:old", EnumSet.of(role), START);
            add(account);
            return account;
        }

        @Override
        public Optional<UserAccount> findByEmail(String email) {
            return all.values().stream().filter(a -> a.getEmail().equals(UserAccount.normalizeEmail(email))).findFirst();
        }

        @Override
        public Optional<UserAccount> findById(long id) {
            return Optional.ofNullable(all.get(id));
        }

        @Override
        public List<UserAccount> findAll() {
            return List.copyOf(all.values());
        }

        @Override
        public boolean existsWithRole(Role role) {
            return all.values().stream().anyMatch(a -> a.hasRole(role));
        }

        @Override
        public void add(UserAccount account) {
            long id = all.size() + 1L;
            try {
                Field field = UserAccount.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(account, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            all.put(id, account);
        }

        @Override
        public Failures failures(long accountId, String source, Instant since) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Failures lockFailures(long accountId, String source, Instant since, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordFailure(long accountId, String source, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFailures(long accountId, String source, Instant olderThan) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addResetToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ResetToken> findResetToken(String tokenHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long resetTokensSince(long accountId, Instant since) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void useResetTokens(long accountId, Instant now) {
            throw new UnsupportedOperationException();
        }
    }
}
