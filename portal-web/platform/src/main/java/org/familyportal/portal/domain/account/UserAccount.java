package org.familyportal.portal.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in: staff of the portal, of a resource centre, a hotline or a provider.
 * Parents do not need an account. The e-mail address is the sign-in name.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX, unique = true)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Set when an administrator reset the password: the next sign-in must choose a new one. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /**
     * Counts the changes that end the account's sessions (disabled, roles changed, password changed).
     * A session remembers the value it started with; once they differ, its next request is signed out.
     */
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    /** Sign-in names compare without case or surrounding blanks. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void recordSuccessfulSignIn(Instant now) {
        lastSignIn = now;
    }

    /** The same password in a stronger or newer hash format; sessions go on. */
    public void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    /**
     * A new password; with {@code temporary} (set by an administrator) it must be changed at the next
     * sign-in. Every session of the account ends.
     */
    public void changePassword(String newHash, boolean temporary) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = temporary;
        endSessions();
    }

    /** The account can no longer sign in, and its open sessions end at their next request. */
    public void disable() {
        enabled = false;
        endSessions();
    }

    public void enable() {
        enabled = true;
    }

    /** New roles; open sessions end, so that the next sign-in carries exactly these. */
    public void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        endSessions();
    }

    public void endSessions() {
        sessionGeneration++;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public long getSessionGeneration() {
        return sessionGeneration;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
