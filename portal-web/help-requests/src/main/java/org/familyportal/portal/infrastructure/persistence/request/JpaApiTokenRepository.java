package org.familyportal.portal.infrastructure.persistence.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.portal.domain.telephony.ApiToken;
import org.familyportal.portal.domain.telephony.ApiTokenRepository;
import org.familyportal.portal.infrastructure.persistence.InstantConverter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link ApiTokenRepository} on {@code api_token} (queries named in {@code META-INF/help-requests-orm.xml}). */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void add(String name, String tokenHash, String createdBy, Instant createdAt) {
        em.createNamedQuery("ApiToken.add").setParameter(1, name).setParameter(2, tokenHash).setParameter(3, createdBy)
                .setParameter(4, InstantConverter.utc(createdAt)).executeUpdate();
    }

    @Override
    public void revoke(long id, Instant at) {
        em.createNamedQuery("ApiToken.revoke").setParameter(1, InstantConverter.utc(at)).setParameter(2, id).executeUpdate();
    }

    @Override
    public Optional<ApiToken> findValid(String tokenHash) {
        return tokens(em.createNamedQuery("ApiToken.valid").setParameter(1, tokenHash).getResultList()).stream().findFirst();
    }

    @Override
    public void markUsed(String tokenHash, Instant at, Instant notedBefore) {
        em.createNamedQuery("ApiToken.markUsed").setParameter(1, InstantConverter.utc(at)).setParameter(2, tokenHash)
                .setParameter(3, InstantConverter.utc(notedBefore)).executeUpdate();
    }

    @Override
    public List<ApiToken> all() {
        return tokens(em.createNamedQuery("ApiToken.all").getResultList());
    }

    private static List<ApiToken> tokens(List<?> rows) {
        return rows.stream().map(r -> (Object[]) r).map(r -> new ApiToken(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], InstantConverter.instant(r[3]), InstantConverter.instant(r[4]),
                InstantConverter.instant(r[5]))).toList();
    }
}
