package org.familyportal.portal.application.provider;

import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.provider.Claim;
import org.familyportal.portal.domain.provider.ClaimStatus;
import org.familyportal.portal.domain.provider.MailLink;
import org.familyportal.portal.domain.provider.OrganisationEntry;
import org.familyportal.portal.domain.provider.ProviderMember;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;
import org.familyportal.portal.domain.provider.Representative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The providers' repository in memory, for the use cases' rules without a database. */
final class InMemoryProviders implements ProviderMembershipRepository {

    /** A mailed link as stored: its hash and when it was made. */
    record StoredLink(long id, long accountId, MailLink.Purpose purpose, String hash, Instant createdAt, Instant expiresAt,
                      Instant usedAt) {
    }

    final Map<Long, Representative> representatives = new HashMap<>();
    final List<StoredLink> links = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final Map<String, OrganisationEntry> organisations = new HashMap<>();

    @Override
    public List<String> organizationsOf(Long accountId) {
        return claims.stream().filter(c -> Objects.equals(c.getAccountId(), accountId) && c.getStatus() == ClaimStatus.APPROVED)
                .map(Claim::getOrganizationId).distinct().toList();
    }

    @Override
    public List<ProviderMember> membersOf(String organizationId) {
        return List.of();
    }

    @Override
    public Optional<Representative> representative(long accountId) {
        return Optional.ofNullable(representatives.get(accountId));
    }

    @Override
    public Representative addRepresentative(UserAccount account, String position, String phone, Locale language, Instant now) {
        Representative representative = new Representative(account.getId(), position, phone, language, now);
        representatives.put(account.getId(), representative);
        return representative;
    }

    @Override
    public void addMailLink(long accountId, MailLink.Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        links.add(new StoredLink(links.size() + 1, accountId, purpose, tokenHash, createdAt, expiresAt, null));
    }

    @Override
    public Optional<MailLink> findMailLink(String tokenHash) {
        return links.stream().filter(l -> l.hash().equals(tokenHash))
                .map(l -> new MailLink(l.id(), l.accountId(), l.purpose(), l.expiresAt(), l.usedAt())).findFirst();
    }

    @Override
    public long mailLinksSince(long accountId, Instant since) {
        return links.stream().filter(l -> l.accountId() == accountId && !l.createdAt().isBefore(since)).count();
    }

    @Override
    public void useMailLinks(long accountId, Instant now) {
        links.replaceAll(l -> l.accountId() == accountId && l.usedAt() == null
                ? new StoredLink(l.id(), l.accountId(), l.purpose(), l.hash(), l.createdAt(), l.expiresAt(), now) : l);
    }

    @Override
    public void add(Claim claim) {
        claims.add(claim);
    }

    @Override
    public Optional<Claim> claim(long id) {
        return claims.stream().filter(c -> Objects.equals(c.getId(), id)).findFirst();
    }

    @Override
    public List<Claim> claimsOf(long accountId) {
        return claims.stream().filter(c -> c.getAccountId() == accountId).toList();
    }

    @Override
    public List<Claim> pending() {
        return claims.stream().filter(c -> c.getStatus() == ClaimStatus.PENDING).toList();
    }

    @Override
    public long pendingCount(long accountId) {
        return claims.stream().filter(c -> c.getAccountId() == accountId && c.getStatus() == ClaimStatus.PENDING).count();
    }

    @Override
    public boolean hasOpenOrApprovedClaim(long accountId, String organizationId) {
        return claims.stream().anyMatch(c -> c.getAccountId() == accountId && organizationId.equals(c.getOrganizationId())
                && c.getStatus() != ClaimStatus.REJECTED);
    }

    @Override
    public List<OrganisationEntry> findOrganisations(String text, int max) {
        return organisations.values().stream().filter(o -> o.name().contains(text)).limit(max).toList();
    }

    @Override
    public Optional<OrganisationEntry> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    @Override
    public void recordIdentifiers(String organizationId, String inn, String ogrn) {
    }

    @Override
    public List<OrganisationEntry> demoOrganisations(int max) {
        return List.of();
    }
}
