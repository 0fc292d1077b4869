package org.familyportal.portal.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.familyportal.portal.domain.account.PasswordHasher;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.SignInPolicy;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creating accounts and checking passwords. Wrong passwords are counted per account and lock it
 * for a while ({@link SignInPolicy}); an unknown e-mail costs as much time as a known one.
 */
@ApplicationScoped
public class AccountService {

    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 200;

    /** A valid hash of a random password: verifying against it takes as long as a real check. */
    private static final String DECOY_HASH = new PasswordHasher().hash(UUID.randomUUID().toString().toCharArray());

    private final PasswordHasher hasher = new PasswordHasher();
    private final SignInPolicy policy = SignInPolicy.STANDARD;
    private final Clock clock = Clock.systemUTC();

    @Inject
    UserAccountRepository accounts;

    @Transactional
    public UserAccount register(@Valid NewAccount request) {
        if (accounts.findByEmail(request.email()).isPresent()) {
            throw new AccountAlreadyExistsException(request.email());
        }
        UserAccount account = new UserAccount(request.email(), request.displayName(),
                hasher.hash(request.password().toCharArray()), request.roles(), clock.instant());
        accounts.add(account);
        return account;
    }

    /**
     * The account for these credentials, if the password is right and the account may sign in now.
     * Counts failures and locks the account after too many; never tells which part was wrong.
     */
    @Transactional
    public Optional<UserAccount> authenticate(String email, char[] password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            hasher.verify(password, DECOY_HASH);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.isEnabled() || account.isLockedAt(now)) {
            hasher.verify(password, DECOY_HASH);
            return Optional.empty();
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.recordFailedSignIn(policy, now);
            return Optional.empty();
        }
        account.recordSuccessfulSignIn(now);
        return Optional.of(account);
    }

    public List<UserAccount> allAccounts() {
        return accounts.findAll();
    }

    public boolean hasAccountWith(Role role) {
        return accounts.existsWithRole(role);
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
