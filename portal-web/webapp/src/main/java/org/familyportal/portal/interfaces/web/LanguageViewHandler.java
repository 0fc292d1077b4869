package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every new view starts in the visitor's chosen language ({@link CurrentLanguage}), not the
 * browser's, so messages added before rendering (view actions on GET) are in the page's language.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(CurrentLanguage.class).get().getLocale();
    }
}
