package org.familyportal.portal.application.request;

import java.util.Locale;
import java.util.Optional;

/**
 * The language an account's mails are written in, where the portal knows it (the organisations'
 * representatives chose theirs when they signed up). Implemented by the module that knows it; without
 * an implementation, or for an account it does not know, mails are in Russian.
 */
public interface RecipientLanguages {

    /** The language {@code accountId}'s mails are written in, if known. */
    Optional<Locale> of(long accountId);
}
