package org.familyportal.portal.infrastructure.protection;

import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a value that cannot be decrypted reads as: "cannot decrypt" in the viewer's language, from
 * the portal's bundles ({@code protection.unreadable}).
 */
final class UnreadableLabel {

    private static final String KEY = "protection.unreadable";
    private static final Locale[] LANGUAGES = {Locale.forLanguageTag("ru"), Locale.ENGLISH};

    private UnreadableLabel() {
    }

    static String text() {
        Locale locale = LANGUAGES[0];
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            locale = faces.getViewRoot().getLocale();
        }
        return text(locale);
    }

    static boolean isLabel(String value) {
        for (Locale language : LANGUAGES) {
            if (value.equals(text(language))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n.messages", locale, UnreadableLabel.class.getClassLoader()).getString(KEY);
        } catch (MissingResourceException e) {
            return "[?]";
        }
    }
}
