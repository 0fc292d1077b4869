package org.familyportal.portal.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.PasswordHashing;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.SignInPolicy;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.infrastructure.mail.MailOutbox;
import org.familyportal.portal.infrastructure.protection.SignInSources;
import org.familyportal.portal.infrastructure.config.PublicAddress;
import org.familyportal.shared.Hashes;

import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;

/**
 * Staff accounts from opening to closing: administrators open, disable and enable accounts, change
 * their roles and reset their passwords (a temporary one, changed at the next sign-in); everyone
 * signed in changes their own password; a forgotten one is reset through a single-use link by mail.
 * Every step is written to the audit trail, and every step that changes who may do what ends the
 * account's open sessions.
 * <p>
 * Sign-in slows down guessing per account and source ({@link SignInPolicy}) instead of locking the
 * account for everyone; an unknown or disabled account costs as much time as a known one.
 */
@ApplicationScoped
public class AccountService {

    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 200;
    /** How long a mailed reset link works. */
    public static final Duration RESET_LINK_VALIDITY = Duration.ofMinutes(30);
    /** At most this many reset mails per account and hour, whoever asks. */
    public static final int RESET_MAILS_PER_HOUR = 3;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SignInPolicy policy = SignInPolicy.STANDARD;
    private final Clock clock = Clock.systemUTC();
    /** A valid hash of a random password: verifying against it takes as long as a real check. */
    private volatile String decoyHash;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hasher;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    MailOutbox outbox;

    /** The portal's address for the link in the mail. */
    @Inject
    PublicAddress address;

    @Inject
    SignInSources sources;

    /** What a session needs to know of its account on every request. */
    public record SessionState(boolean enabled, long generation, boolean passwordChangeRequired) {
    }

    // --- administrators -------------------------------------------------------------------------

    /** An administrator opens an account. */
    @Transactional
    public UserAccount register(@Valid NewAccount request) {
        return create(request, caller.require(Role.ADMIN));
    }

    /** The portal itself opens an account at start-up (the first administrator, the demo staff). */
    @Transactional
    public UserAccount registerOnStartup(@Valid NewAccount request) {
        return create(request, "system");
    }

    private UserAccount create(NewAccount request, String by) {
        if (accounts.findByEmail(request.email()).isPresent()) {
            throw new AccountAlreadyExistsException(request.email());
        }
        UserAccount account = new UserAccount(request.email(), request.displayName(),
                hasher.hash(request.password().toCharArray()), request.roles(), clock.instant());
        accounts.add(account);
        audit.record(by, AuditAction.CREATE, null, "account " + account.getEmail() + " opened, roles " + account.getRoles());
        return account;
    }

    public List<UserAccount> allAccounts() {
        caller.require(Role.ADMIN);
        return accounts.findAll();
    }

    public Optional<UserAccount> account(long id) {
        caller.require(Role.ADMIN);
        return accounts.findById(id);
    }

    /** The account can no longer sign in; its sessions end at their next request. */
    @Transactional
    public UserAccount disable(long id) {
        String admin = caller.require(Role.ADMIN);
        UserAccount account = existing(id);
        if (account.getEmail().equalsIgnoreCase(admin)) {
            throw new InvalidRequestException("admin.users.notYourself");
        }
        if (account.isEnabled()) {
            account.disable();
            audit.record(admin, AuditAction.CHANGE, null, "account " + account.getEmail() + " disabled");
        }
        return account;
    }

    @Transactional
    public UserAccount enable(long id) {
        String admin = caller.require(Role.ADMIN);
        UserAccount account = existing(id);
        if (!account.isEnabled()) {
            account.enable();
            audit.record(admin, AuditAction.CHANGE, null, "account " + account.getEmail() + " enabled");
        }
        return account;
    }

    /** New roles; the account's sessions end so that its next sign-in carries exactly these. */
    @Transactional
    public UserAccount changeRoles(long id, Set<Role> roles) {
        String admin = caller.require(Role.ADMIN);
        UserAccount account = existing(id);
        Set<Role> next = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (account.getRoles().equals(next)) {
            return account;
        }
        if (account.hasRole(Role.ADMIN) && !next.contains(Role.ADMIN) && account.getEmail().equalsIgnoreCase(admin)) {
            throw new InvalidRequestException("admin.users.notYourself");
        }
        Set<Role> before = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        account.changeRoles(next);
        audit.record(admin, AuditAction.CHANGE, null, "account " + account.getEmail() + " roles " + before + " -> " + next);
        return account;
    }

    /**
     * Replaces the password by a temporary one, returned to be handed over once; it must be changed
     * at the next sign-in. Earlier reset links stop working and the account's sessions end.
     */
    @Transactional
    public String resetPassword(long id) {
        String admin = caller.require(Role.ADMIN);
        UserAccount account = existing(id);
        String temporary = temporaryPassword();
        account.changePassword(hasher.hash(temporary.toCharArray()), true);
        accounts.useResetTokens(account.getId(), clock.instant());
        audit.record(admin, AuditAction.CHANGE, null, "account " + account.getEmail() + " password reset by an administrator");
        return temporary;
    }

    private UserAccount existing(long id) {
        return accounts.findById(id).orElseThrow(() -> new InvalidRequestException("admin.users.unknown"));
    }

    // --- everyone signed in ---------------------------------------------------------------------

    /**
     * The caller changes their own password, proving the current one. Their other sessions end;
     * returns the new session generation for the session that asked, which goes on.
     */
    @Transactional
    public long changeOwnPassword(String current, String next) {
        String name = caller.requireSignedIn();
        UserAccount account = accounts.findByEmail(name).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDeniedException(name + " has no enabled account"));
        if (current == null || !hasher.verify(current.toCharArray(), account.getPasswordHash())) {
            throw new InvalidRequestException("account.password.currentWrong");
        }
        checkNewPassword(next);
        if (next.equals(current)) {
            throw new InvalidRequestException("account.password.same");
        }
        account.changePassword(hasher.hash(next.toCharArray()), false);
        accounts.useResetTokens(account.getId(), clock.instant());
        audit.record(name, AuditAction.CHANGE, null, "account " + account.getEmail() + " changed its own password");
        return account.getSessionGeneration();
    }

    // --- anyone: a forgotten password -----------------------------------------------------------

    /**
     * Mails a single-use link to reset the password of {@code email}'s account, if such an enabled
     * account exists and has not had {@link #RESET_MAILS_PER_HOUR} links within the hour. The caller
     * learns nothing either way: the method returns nothing and fails for no address.
     */
    @Transactional
    public void requestPasswordReset(String email, Locale language) {
        Instant now = clock.instant();
        Optional<UserAccount> found = email == null || email.length() > UserAccount.EMAIL_MAX
                ? Optional.empty() : accounts.findByEmail(email);
        if (found.isEmpty() || !found.get().isEnabled()
                || accounts.resetTokensSince(found.get().getId(), now.minus(Duration.ofHours(1))) >= RESET_MAILS_PER_HOUR) {
            return;
        }
        UserAccount account = found.get();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.addResetToken(account.getId(), Hashes.sha256Hex(token), now, now.plus(RESET_LINK_VALIDITY));
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", language == null ? Locale.forLanguageTag("ru") : language);
        // The link is a credential: the outbox forgets it once delivered, or when it lapses.
        outbox.queueCredential(account.getEmail(), texts.getString("mail.passwordReset.subject"),
                MessageFormat.format(texts.getString("mail.passwordReset.body"),
                        address.resolve("/reset-password.xhtml?token=" + token), RESET_LINK_VALIDITY.toMinutes()),
                texts.getLocale(), now.plus(RESET_LINK_VALIDITY));
        audit.record("anonymous", AuditAction.CHANGE, null, "account " + account.getEmail() + " password reset link mailed");
    }

    /** Whether {@code token} is a reset link that still works (for the page to say so before anything is typed). */
    public boolean isResetTokenValid(String token) {
        return validToken(token).isPresent();
    }

    /** Sets a new password through a mailed link; the link (and every other) stops working, sessions end. */
    @Transactional
    public void completePasswordReset(String token, String next) {
        UserAccountRepository.ResetToken valid = validToken(token)
                .orElseThrow(() -> new InvalidRequestException("resetPassword.invalid"));
        checkNewPassword(next);
        UserAccount account = accounts.findById(valid.accountId()).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new InvalidRequestException("resetPassword.invalid"));
        account.changePassword(hasher.hash(next.toCharArray()), false);
        accounts.useResetTokens(account.getId(), clock.instant());
        audit.record(account.getEmail(), AuditAction.CHANGE, null, "account " + account.getEmail() + " password set through a mailed link");
    }

    private Optional<UserAccountRepository.ResetToken> validToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return accounts.findResetToken(Hashes.sha256Hex(token.strip()))
                .filter(t -> t.usedAt() == null && t.expiresAt().isAfter(now));
    }

    private static void checkNewPassword(String password) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            throw new InvalidRequestException("account.password.size", PASSWORD_MIN);
        }
    }

    // --- signing in -----------------------------------------------------------------------------

    /** What a sign-in attempt came to: the account, or nothing, and how long the source must wait first. */
    public record SignInResult(Optional<UserAccount> account, Duration mustWait) {

        static SignInResult refused() {
            return new SignInResult(Optional.empty(), Duration.ZERO);
        }
    }

    /**
     * The account for these credentials, if the password is right, the account enabled, and
     * {@code source} (the client address) not waiting after its own failures on this account
     * ({@link SignInPolicy#waitBefore}); a source that must wait is refused at once, without a check,
     * and told how long. Never tells which part was wrong; a source's failures never keep another
     * source out.
     * <p>
     * The attempt is counted before the password is checked, with the source's count locked: parallel
     * attempts from one source are checked one after the other, never more than the policy allows.
     * A correct password clears the count.
     */
    @Transactional
    public SignInResult authenticate(String email, char[] password, String source) {
        Instant now = clock.instant();
        Optional<UserAccount> found = email == null ? Optional.empty() : accounts.findByEmail(email);
        if (found.isEmpty() || !found.get().isEnabled()) {
            hasher.verify(password, decoy());
            return SignInResult.refused();
        }
        UserAccount account = found.get();
        String sourceKey = sources.key(source);
        UserAccountRepository.Failures failures = accounts.lockFailures(account.getId(), sourceKey,
                policy.rememberedSince(now), now);
        // The time after the lock: a parallel attempt that held it counted its failure meanwhile.
        now = clock.instant();
        Duration wait = policy.waitBefore(failures.fromSource(), failures.lastFromSource(), failures.onAccount(), now);
        if (!wait.isZero()) {
            return new SignInResult(Optional.empty(), wait);
        }
        accounts.recordFailure(account.getId(), sourceKey, now);
        if (!hasher.verify(password, account.getPasswordHash())) {
            return SignInResult.refused();
        }
        accounts.clearFailures(account.getId(), sourceKey, policy.rememberedSince(now));
        if (!hasher.isCurrent(account.getPasswordHash())) {
            account.rehashPassword(hasher.hash(password));
        }
        account.recordSuccessfulSignIn(now);
        return new SignInResult(Optional.of(account), Duration.ZERO);
    }

    /** The state every request of a signed-in session is checked against (empty: no such account). */
    public Optional<SessionState> sessionState(String email) {
        return accounts.findByEmail(email).map(a -> new SessionState(a.isEnabled(), a.getSessionGeneration(),
                a.isPasswordChangeRequired()));
    }

    public boolean hasAccountWith(Role role) {
        return accounts.existsWithRole(role);
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(UUID.randomUUID().toString().toCharArray());
            decoyHash = hash;
        }
        return hash;
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    /** What is needed to open an account. */
    public record NewAccount(
            @NotBlank @Email
            @Size(max = UserAccount.EMAIL_MAX) String email,
            @NotBlank
            @Size(max = UserAccount.NAME_MAX) String displayName,
            @NotNull
            @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "{portal.password.size}") String password,
            Set<Role> roles) {
    }
}
