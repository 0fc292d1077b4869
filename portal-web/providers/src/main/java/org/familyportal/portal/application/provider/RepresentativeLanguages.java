package org.familyportal.portal.application.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.portal.application.request.RecipientLanguages;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;
import org.familyportal.portal.domain.provider.Representative;

import java.util.Locale;
import java.util.Optional;

/** A representative's mails are in the language they signed up in. */
@ApplicationScoped
public class RepresentativeLanguages implements RecipientLanguages {

    @Inject
    ProviderMembershipRepository providers;

    @Override
    public Optional<Locale> of(long accountId) {
        return providers.representative(accountId).map(Representative::getLanguage);
    }
}
