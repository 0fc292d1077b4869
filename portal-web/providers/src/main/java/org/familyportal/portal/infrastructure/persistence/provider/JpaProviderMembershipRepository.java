package org.familyportal.portal.infrastructure.persistence.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.provider.Claim;
import org.familyportal.portal.domain.provider.MailLink;
import org.familyportal.portal.domain.provider.OrganisationEntry;
import org.familyportal.portal.domain.provider.ProviderMember;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;
import org.familyportal.portal.domain.provider.Representative;
import org.familyportal.portal.infrastructure.persistence.InstantConverter;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link ProviderMembershipRepository} on {@code provider_*} with the accounts' and the directory's tables. */
@ApplicationScoped
public class JpaProviderMembershipRepository implements ProviderMembershipRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<String> organizationsOf(Long accountId) {
        if (accountId == null) {
            return List.of();
        }
        return em.createNamedQuery("Claim.approvedOrganizations", String.class).setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public List<ProviderMember> membersOf(String organizationId) {
        List<?> rows = em.createNamedQuery("Provider.membersOf").setParameter(1, organizationId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new ProviderMember(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    @Override
    public Optional<Representative> representative(long accountId) {
        return Optional.ofNullable(em.find(Representative.class, accountId));
    }

    @Override
    public Representative addRepresentative(UserAccount account, String position, String phone, Locale language, Instant now) {
        if (account.getId() == null) {
            em.flush();
        }
        Representative representative = new Representative(account.getId(), position, phone, language, now);
        em.persist(representative);
        return representative;
    }

    @Override
    public void addMailLink(long accountId, MailLink.Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        em.createNamedQuery("Provider.addMailLink").setParameter(1, accountId).setParameter(2, purpose.name())
                .setParameter(3, tokenHash).setParameter(4, InstantConverter.utc(createdAt))
                .setParameter(5, InstantConverter.utc(expiresAt)).executeUpdate();
    }

    @Override
    public Optional<MailLink> findMailLink(String tokenHash) {
        List<?> rows = em.createNamedQuery("Provider.findMailLink").setParameter(1, tokenHash).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new MailLink(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), MailLink.Purpose.valueOf((String) r[2]), InstantConverter.instant(r[3]),
                InstantConverter.instant(r[4]))).findFirst();
    }

    @Override
    public long mailLinksSince(long accountId, Instant since) {
        return ((Number) em.createNamedQuery("Provider.mailLinksSince").setParameter(1, accountId)
                .setParameter(2, InstantConverter.utc(since)).getSingleResult()).longValue();
    }

    @Override
    public void useMailLinks(long accountId, Instant now) {
        em.createNamedQuery("Provider.useMailLinks").setParameter(1, InstantConverter.utc(now)).setParameter(2, accountId)
                .executeUpdate();
    }

    @Override
    public void add(Claim claim) {
        em.persist(claim);
        em.flush();
    }

    @Override
    public Optional<Claim> claim(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    @Override
    public List<Claim> claimsOf(long accountId) {
        return em.createNamedQuery("Claim.ofAccount", Claim.class).setParameter("account", accountId).getResultList();
    }

    @Override
    public List<Claim> pending() {
        return em.createNamedQuery("Claim.pending", Claim.class).getResultList();
    }

    @Override
    public long countPending() {
        return em.createNamedQuery("Claim.countPending", Long.class).getSingleResult();
    }

    @Override
    public long pendingCount(long accountId) {
        return em.createNamedQuery("Claim.countPendingOfAccount", Long.class).setParameter("account", accountId)
                .getSingleResult();
    }

    @Override
    public boolean hasOpenOrApprovedClaim(long accountId, String organizationId) {
        return em.createNamedQuery("Claim.openOrApproved", Long.class).setParameter("account", accountId)
                .setParameter("organization", organizationId).getSingleResult() > 0;
    }

    @Override
    public List<OrganisationEntry> findOrganisations(String text, int max) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return entries(em.createNamedQuery("Provider.findOrganisations").setParameter(1, like)
                .setParameter(2, needle.replaceAll("[\\s-]", "")).setParameter(3, max).getResultList());
    }

    @Override
    public Optional<OrganisationEntry> organisation(String id) {
        return entries(em.createNamedQuery("Provider.organisation").setParameter(1, id).getResultList()).stream().findFirst();
    }

    @Override
    public void recordIdentifiers(String organizationId, String inn, String ogrn) {
        if (inn != null) {
            em.createNamedQuery("Provider.addIdentifier").setParameter(1, organizationId).setParameter(2, "RU-INN")
                    .setParameter(3, "ИНН").setParameter(4, inn).executeUpdate();
        }
        if (ogrn != null) {
            em.createNamedQuery("Provider.addIdentifier").setParameter(1, organizationId).setParameter(2, "RU-OGRN")
                    .setParameter(3, "ОГРН").setParameter(4, ogrn).executeUpdate();
        }
    }

    @Override
    public List<OrganisationEntry> demoOrganisations(int max) {
        return entries(em.createNamedQuery("Provider.demoOrganisations").setParameter(1, max).getResultList());
    }

    private static List<OrganisationEntry> entries(List<?> rows) {
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new OrganisationEntry((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }
}
