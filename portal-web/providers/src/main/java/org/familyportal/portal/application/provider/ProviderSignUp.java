package org.familyportal.portal.application.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.account.AccountService;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.PasswordHashing;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.provider.MailLink;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;
import org.familyportal.portal.domain.provider.Representative;
import org.familyportal.shared.Hashes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * An organisation's representative opens an account: name, position, work e-mail, phone, password.
 * The account (role {@link Role#ORG_MEMBER}) stays disabled until the e-mail is confirmed by a
 * single-use link valid {@link MailLink#CONFIRMATION_VALIDITY}; only the link's hash is kept.
 * <p>
 * Nobody learns from the sign-up whether an address is registered: with a registered address the
 * answer is the same, no account is touched, and the address's owner is mailed instead (a new
 * confirmation link when the earlier sign-up was never confirmed; otherwise a notice with the ways to
 * sign in). The password is hashed either way, so the time taken tells nothing either. At most
 * {@link #MAILS_PER_HOUR} mails per address and hour, whoever asks; the page limits sign-ups per
 * client address as well.
 */
@ApplicationScoped
public class ProviderSignUp {

    /** Mails of the door per account and hour, whoever triggers them. */
    public static final int MAILS_PER_HOUR = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    Clock clock = Clock.systemUTC();

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hasher;

    @Inject
    ProviderMembershipRepository providers;

    @Inject
    ProviderMails mails;

    @Inject
    AuditTrail audit;

    /** What a representative gives to sign up. */
    public record Registration(
            @NotBlank @Size(max = UserAccount.NAME_MAX) String name,
            @NotBlank @Size(max = Representative.POSITION_MAX) String position,
            @NotBlank @Email @Size(max = UserAccount.EMAIL_MAX) String email,
            @NotBlank @Size(max = Representative.PHONE_MAX)
            @Pattern(regexp = "[+0-9() \\-]{5,40}", message = "{providers.phone.pattern}") String phone,
            @NotNull @Size(min = AccountService.PASSWORD_MIN, max = AccountService.PASSWORD_MAX,
                    message = "{portal.password.size}") String password) {
    }

    /**
     * Signs a representative up, or mails the owner of an address already registered; answers the
     * same either way (nothing).
     */
    @Transactional
    public void signUp(@Valid Registration registration, Locale language) {
        // Hashed whether or not the address is free: the answer takes as long either way.
        String hash = hasher.hash(registration.password().toCharArray());
        Instant now = clock.instant();
        Optional<UserAccount> existing = accounts.findByEmail(registration.email());
        if (existing.isPresent()) {
            mailTheOwner(existing.get(), language, now);
            return;
        }
        UserAccount account = new UserAccount(registration.email(), registration.name(), hash, EnumSet.of(Role.ORG_MEMBER), now);
        account.disable();
        accounts.add(account);
        Representative representative = providers.addRepresentative(account, registration.position(),
                registration.phone(), language, now);
        sendConfirmation(account, representative.getLanguage(), now);
        audit.record("anonymous", AuditAction.CREATE, null, "account " + account.getEmail()
                + " signed up for an organisation, e-mail not yet confirmed");
    }

    private void mailTheOwner(UserAccount account, Locale language, Instant now) {
        if (providers.mailLinksSince(account.getId(), now.minus(Duration.ofHours(1))) >= MAILS_PER_HOUR) {
            return;
        }
        Optional<Representative> representative = providers.representative(account.getId());
        if (representative.isPresent() && !representative.get().isEmailConfirmed()) {
            sendConfirmation(account, representative.get().getLanguage(), now);
        } else {
            providers.addMailLink(account.getId(), MailLink.Purpose.NOTICE, Hashes.sha256Hex(token()), now, now);
            mails.alreadyRegistered(account.getEmail(),
                    representative.map(Representative::getLanguage).orElse(language));
        }
        audit.record("anonymous", AuditAction.CHANGE, null, "sign-up with the address of account " + account.getEmail()
                + ": its owner was mailed");
    }

    private void sendConfirmation(UserAccount account, Locale language, Instant now) {
        String token = token();
        Instant lapses = now.plus(MailLink.CONFIRMATION_VALIDITY);
        providers.addMailLink(account.getId(), MailLink.Purpose.CONFIRM, Hashes.sha256Hex(token), now, lapses);
        mails.confirmation(account.getEmail(), language, token, lapses, MailLink.CONFIRMATION_VALIDITY.toHours());
    }

    /** Whether {@code token} is a confirmation link that still works (the page says so before the button). */
    public boolean isConfirmationValid(String token) {
        return validLink(token).isPresent();
    }

    /**
     * Confirms the address of a sign-up through its mailed link: the account can sign in from now on.
     * The link, and every other of the account, stops working.
     *
     * @throws InvalidRequestException when the link is unknown, used, lapsed or tampered with
     */
    @Transactional
    public void confirm(String token) {
        MailLink link = validLink(token).orElseThrow(() -> new InvalidRequestException("providers.confirm.invalid"));
        Instant now = clock.instant();
        Representative representative = providers.representative(link.accountId())
                .orElseThrow(() -> new InvalidRequestException("providers.confirm.invalid"));
        UserAccount account = accounts.findById(link.accountId())
                .orElseThrow(() -> new InvalidRequestException("providers.confirm.invalid"));
        if (representative.confirmEmail(now)) {
            account.enable();
        }
        providers.useMailLinks(account.getId(), now);
        audit.record(account.getEmail(), AuditAction.CHANGE, null, "account " + account.getEmail() + " confirmed its e-mail");
    }

    private Optional<MailLink> validLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return providers.findMailLink(Hashes.sha256Hex(token.strip())).filter(l -> l.confirmsAt(now));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
