package org.familyportal.portal.domain.provider;

import org.familyportal.portal.domain.account.UserAccount;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Representatives, the links mailed to them, their claims, and who is an approved member of which
 * organisation. The two questions other contexts ask are {@link #organizationsOf(Long)} and
 * {@link #membersOf(String)}.
 */
public interface ProviderMembershipRepository {

    // --- membership, as other contexts ask for it ------------------------------------------------

    /** The ids of the organisations whose approved member the account is (none for an unknown account). */
    List<String> organizationsOf(Long accountId);

    /** The approved members of the organisation whose accounts are enabled, by name. */
    List<ProviderMember> membersOf(String organizationId);

    // --- representatives and their mails --------------------------------------------------------

    Optional<Representative> representative(long accountId);

    /**
     * The representative of an account just added in this transaction (it gets its id here), or of an
     * existing account.
     */
    Representative addRepresentative(UserAccount account, String position, String phone, Locale language, Instant now);

    void addMailLink(long accountId, MailLink.Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt);

    Optional<MailLink> findMailLink(String tokenHash);

    /** How many mails of the door the account was sent since {@code since} (to limit what anybody can trigger). */
    long mailLinksSince(long accountId, Instant since);

    /** Every link of the account stops working. */
    void useMailLinks(long accountId, Instant now);

    // --- claims ---------------------------------------------------------------------------------

    void add(Claim claim);

    Optional<Claim> claim(long id);

    List<Claim> claimsOf(long accountId);

    List<Claim> pending();

    /** How many claims wait for a moderator. */
    default long countPending() {
        return pending().size();
    }

    long pendingCount(long accountId);

    /** Whether the account has a pending or approved claim on the organisation. */
    boolean hasOpenOrApprovedClaim(long accountId, String organizationId);

    // --- the directory's organisations, as the door reads them ----------------------------------

    /** Organisations whose name contains {@code text}, or whose taxpayer number is {@code text}. */
    List<OrganisationEntry> findOrganisations(String text, int max);

    Optional<OrganisationEntry> organisation(String id);

    /**
     * The registration numbers of an organisation just added from a proposal, as HSDS
     * {@code organization_identifier} rows (schemes {@code RU-INN}, {@code RU-OGRN}, as the demo directory has them).
     */
    void recordIdentifiers(String organizationId, String inn, String ogrn);

    /** Demo organisations without members that are no resource centre, by name (for the demo members). */
    List<OrganisationEntry> demoOrganisations(int max);
}
