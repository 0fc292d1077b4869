package org.familyportal.portal.domain.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;

/**
 * The person behind an account opened by sign-up, as far as the organisations' door needs them: their
 * position, a phone a moderator may call to check a claim (encrypted: see {@code providers-orm.xml}),
 * the language their mails are written in, and whether their e-mail is confirmed. Name, e-mail and
 * password are the account's ({@code user_account}).
 */
@Entity
@Table(name = "provider_representative")
public class Representative {

    public static final int POSITION_MAX = 200;
    public static final int PHONE_MAX = 40;

    @Id
    @Column(name = "user_account_id")
    private Long accountId;

    @Column(name = "position", nullable = false, length = POSITION_MAX)
    private String position;

    @Column(name = "phone_sealed", nullable = false)
    private String phone;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Representative() {
        // for JPA
    }

    public Representative(long accountId, String position, String phone, Locale language, Instant now) {
        this.accountId = accountId;
        this.position = position.strip();
        this.phone = phone.strip();
        this.language = languageTag(language);
        this.createdAt = now;
    }

    /** Russian unless the person used the portal in English. */
    static String languageTag(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? "en" : "ru";
    }

    /** The address is confirmed (once; a later confirmation changes nothing). Returns whether it was new. */
    public boolean confirmEmail(Instant now) {
        if (emailConfirmedAt != null) {
            return false;
        }
        emailConfirmedAt = now;
        return true;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
