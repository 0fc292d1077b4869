package org.familyportal.portal.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.domain.account.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the first administrator on the first start, from configuration
 * ({@code portal.admin.email}, {@code portal.admin.password}); there is no default password.
 * Once any administrator exists, the configuration is ignored.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DataKeyRotation"})
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    AccountService accountService;

    @Inject
    @ConfigProperty(name = "portal.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> password;

    @PostConstruct
    void createFirstAdministrator() {
        if (accountService.hasAccountWith(Role.ADMIN)) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator exists and portal.admin.email / portal.admin.password are not set:"
                    + " nobody can sign in to administer the portal until they are.");
            return;
        }
        try {
            accountService.registerOnStartup(new AccountService.NewAccount(email.get(), "Administrator", password.get(),
                    EnumSet.of(Role.ADMIN)));
            LOG.info(() -> "Created the first administrator " + email.get());
        } catch (ConstraintViolationException e) {
            LOG.severe("The first administrator was not created: portal.admin.email must be an e-mail address"
                    + " and portal.admin.password at least 12 characters long.");
        }
    }
}
