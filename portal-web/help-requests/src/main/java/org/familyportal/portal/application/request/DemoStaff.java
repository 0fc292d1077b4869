package org.familyportal.portal.application.request;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.application.account.AccountService;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With the demo directory, demo staff accounts so that the whole path of a help request can be
 * tried at once: a hotline operator, a specialist (on duty and head) of one resource centre, and a
 * member of one partner organisation; and an editor, who writes and publishes articles. They exist only when {@code portal.demo-data} is on and a
 * password is configured ({@code portal.demo-staff.password}; the launcher generates one beside the
 * administrator's).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoDirectoryStartup", "DataKeyRotation"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoStaff {

    public static final String OPERATOR = "operator@family-portal.local";
    public static final String SPECIALIST = "specialist@family-portal.local";
    public static final String PARTNER = "partner@family-portal.local";
    /** Writes and publishes articles (and, later, support measures and the screener's rules). */
    public static final String EDITOR = "editor@family-portal.local";

    private static final Logger LOG = Logger.getLogger(DemoStaff.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    Memberships memberships;

    @Inject
    ResourceCentreRepository centres;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.demo-staff.password")
    Optional<String> password;

    @PostConstruct
    void createOnce() {
        if (!demoData || password.isEmpty() || memberships.staff(OPERATOR).isPresent()) {
            return;
        }
        try {
            Optional<String> centre = centres.firstCentreId();
            Optional<String> partner = centres.firstPartnerId();
            if (centre.isEmpty() || partner.isEmpty()) {
                return;
            }
            accounts.registerOnStartup(new AccountService.NewAccount(OPERATOR, "Demo operator", password.get(), EnumSet.of(Role.OPERATOR)));
            long specialist = accounts.registerOnStartup(new AccountService.NewAccount(SPECIALIST, "Demo specialist",
                    password.get(), EnumSet.of(Role.SPECIALIST))).getId();
            long member = accounts.registerOnStartup(new AccountService.NewAccount(PARTNER, "Demo partner", password.get(),
                    EnumSet.of(Role.ORG_MEMBER))).getId();
            accounts.registerOnStartup(new AccountService.NewAccount(EDITOR, "Demo editor", password.get(), EnumSet.of(Role.EDITOR)));
            memberships.enrol(specialist, centre.get(), true, true, "system");
            memberships.enrol(member, partner.get(), false, false, "system");
            LOG.info(() -> "Demo staff created: " + OPERATOR + ", " + SPECIALIST + ", " + PARTNER + ", " + EDITOR);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo staff accounts were not created", e);
        }
    }
}
