package org.familyportal.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages and texts from the portal's bundle, in the current view's language. */
public final class Messages {

    private Messages() {
    }

    /** The bundle text of {@code key}, with {@code arguments} filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
        String text = i18n.getString(key);
        return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error shown at one field ({@code clientId} such as {@code "newAccount:email"}). */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
    }
}
