package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Makes OmniFaces' {@link Messages} read the portal's bundle ({@code i18n}, in the current view's
 * language): beans add messages by key, {@code Messages.addGlobalError("request.notFound")}, and
 * texts come from {@link Faces#getBundleString}. A message that is no key is shown as given.
 */
@ApplicationScoped
public class BundleMessages {

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Messages.setResolver(BundleMessages::resolve);
    }

    static String resolve(String key, Object... arguments) {
        ResourceBundle i18n = Faces.getResourceBundle("i18n");
        String text = i18n != null && i18n.containsKey(key) ? i18n.getString(key) : key;
        return arguments == null || arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }
}
