package org.familyportal.portal.application.provider;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.PasswordHashing;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.centre.MembershipRepository;
import org.familyportal.portal.domain.provider.Claim;
import org.familyportal.portal.domain.provider.OrganisationEntry;
import org.familyportal.portal.domain.provider.ProposedOrganisation;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With the demo directory, demo accounts to try the organisations' door at once: a moderator with
 * claims waiting, a member of one demo organisation (approved) who also claimed a second one (waiting),
 * and an applicant whose claim on the member's organisation and proposal of a new organisation wait.
 * Like the demo staff, they exist only when {@code portal.demo-data} is on and a password is configured
 * ({@code portal.demo-staff.password}); they are created once.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoDirectoryStartup", "DataKeyRotation"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoProviders {

    public static final String MODERATOR = "moderator@family-portal.local";
    public static final String MEMBER = "member@family-portal.local";
    public static final String APPLICANT = "applicant@family-portal.local";

    private static final Logger LOG = Logger.getLogger(DemoProviders.class.getName());

    @Inject
    Writer writer;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.demo-staff.password")
    Optional<String> password;

    @PostConstruct
    void createOnce() {
        if (!demoData || password.isEmpty()) {
            return;
        }
        try {
            if (writer.create(password.get())) {
                LOG.info(() -> "Demo organisation members created: " + MODERATOR + ", " + MEMBER + ", " + APPLICANT);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo organisation members were not created", e);
        }
    }

    /** Writes the demo accounts in one transaction. */
    @ApplicationScoped
    public static class Writer {

        private final Clock clock = Clock.systemUTC();

        @Inject
        UserAccountRepository accounts;

        @Inject
        PasswordHashing hasher;

        @Inject
        ProviderMembershipRepository providers;

        @Inject
        MembershipRepository organisationMembers;

        @Inject
        AuditTrail audit;

        @Transactional
        boolean create(String password) {
            if (accounts.findByEmail(MEMBER).isPresent()) {
                return false;
            }
            List<OrganisationEntry> organisations = providers.demoOrganisations(2);
            if (organisations.size() < 2) {
                return false;
            }
            Instant now = clock.instant();
            String hash = hasher.hash(password.toCharArray());
            if (accounts.findByEmail(MODERATOR).isEmpty()) {
                accounts.add(new UserAccount(MODERATOR, "Демо-модератор", hash, EnumSet.of(Role.MODERATOR), now));
            }
            String first = organisations.get(0).id();
            String second = organisations.get(1).id();

            UserAccount member = representative(MEMBER, "Анна Демидова", "Руководитель программ", "+7 3952 00-00-01", hash, now);
            Claim approved = Claim.of(member.getId(), first, "Руководитель программ",
                    "Демо: позвоните в организацию по её телефону в каталоге.", now);
            providers.add(approved);
            approved.approve(first, "system", now);
            organisationMembers.join(member.getId(), first, false, false);
            providers.add(Claim.of(member.getId(), second, "Координатор волонтёров",
                    "Демо: подтвердит директор по телефону.", now));

            UserAccount applicant = representative(APPLICANT, "Борис Заявкин", "Психолог", "+7 383 000-00-02", hash, now);
            providers.add(Claim.of(applicant.getId(), first, "Психолог",
                    "Демо: мой приказ о приёме на работу покажу по запросу.", now));
            providers.add(Claim.proposal(applicant.getId(), new ProposedOrganisation("Демо: АНО «Семейный очаг»",
                    "3808123457", "1383800000121", "https://ochag.family-portal.local", "info@ochag.family-portal.local"),
                    "Директор", "Демо: устав и выписка ЕГРЮЛ по запросу.", now));
            audit.record("system", AuditAction.CREATE, null, "demo organisation members " + MEMBER + ", " + APPLICANT);
            return true;
        }

        private UserAccount representative(String email, String name, String position, String phone, String hash, Instant now) {
            UserAccount account = new UserAccount(email, name, hash, EnumSet.of(Role.ORG_MEMBER), now);
            accounts.add(account);
            providers.addRepresentative(account, position, phone, Locale.forLanguageTag("ru"), now).confirmEmail(now);
            return account;
        }
    }
}
