package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.OrganizationContacts;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;
import org.familyportal.portal.domain.provider.Representative;

import java.util.List;
import java.util.Locale;

/**
 * The members who keep an organisation's listings: its approved members (sign-up and claims, the
 * providers module), each written to in the language they signed up in.
 */
@ApplicationScoped
public class PortalOrganizationContacts implements OrganizationContacts {

    @Inject
    ProviderMembershipRepository providers;

    @Override
    public List<Recipient> members(String organizationId) {
        return providers.membersOf(organizationId).stream()
                .map(m -> new Recipient(m.email(), providers.representative(m.accountId())
                        .map(Representative::getLanguage).orElse(Locale.forLanguageTag("ru"))))
                .toList();
    }
}
