package org.familyportal.portal.domain.provider;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a representative's work e-mail lies in the domain of the organisation's site: evidence a
 * moderator is shown beside a claim, never a reason to approve it by itself (anybody can own a
 * mailbox at a shared host, and a site may be out of date). Addresses at public mail services and
 * sites on social networks or free hosting never count, whatever they are.
 */
public final class DomainEvidence {

    /** Domains shared by many unrelated people: a match there proves nothing. */
    static final Set<String> SHARED = Set.of("mail.ru", "bk.ru", "list.ru", "inbox.ru", "internet.ru", "yandex.ru",
            "ya.ru", "yandex.com", "gmail.com", "googlemail.com", "rambler.ru", "outlook.com", "hotmail.com",
            "icloud.com", "proton.me", "vk.com", "vk.ru", "ok.ru", "narod.ru", "ucoz.ru", "tilda.ws", "wixsite.com",
            "t.me", "telegram.org", "gosuslugi.ru");

    private DomainEvidence() {
    }

    /**
     * The domain both share ({@code fond-nadezhda.ru} for {@code anna@mail.fond-nadezhda.ru} and
     * {@code https://www.fond-nadezhda.ru/about}), or empty when they do not, or either is missing,
     * malformed or shared.
     */
    public static Optional<String> sharedDomain(String email, String website) {
        String mailDomain = mailDomain(email);
        String siteHost = siteHost(website);
        if (mailDomain == null || siteHost == null) {
            return Optional.empty();
        }
        if (mailDomain.equals(siteHost) || mailDomain.endsWith("." + siteHost)) {
            return Optional.of(siteHost);
        }
        if (siteHost.endsWith("." + mailDomain)) {
            return Optional.of(mailDomain);
        }
        return Optional.empty();
    }

    static String mailDomain(String email) {
        if (email == null) {
            return null;
        }
        int at = email.strip().lastIndexOf('@');
        return at < 1 ? null : usable(email.strip().substring(at + 1));
    }

    static String siteHost(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String text = website.strip();
        int scheme = text.indexOf("://");
        String rest = scheme >= 0 ? text.substring(scheme + 3) : text;
        String host = rest.split("[/?#]", 2)[0];
        if (host.contains("@") || host.isEmpty() || host.contains(" ")) {
            return null;
        }
        host = host.replaceAll(":\\d*$", "");
        return usable(host.startsWith("www.") ? host.substring(4) : host);
    }

    /** The domain in lower case and Unicode (IDN: "xn--" and "срц.рф" are one), or null when unusable or shared. */
    private static String usable(String domain) {
        String d;
        try {
            d = IDN.toUnicode(IDN.toASCII(domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!d.contains(".") || d.startsWith(".") || d.contains("..") || d.matches(".*[\\s/\\\\@].*")) {
            return null;
        }
        for (String shared : SHARED) {
            if (d.equals(shared) || d.endsWith("." + shared)) {
                return null;
            }
        }
        return d;
    }
}
