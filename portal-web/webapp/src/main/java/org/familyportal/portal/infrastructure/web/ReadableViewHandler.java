package org.familyportal.portal.infrastructure.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A form on a page shown at a readable address ({@link ReadableAddressFilter}) posts back to that
 * address, not to its view ({@code /articles/<slug>}, not {@code /article.xhtml}, which would have
 * lost the slug), as OmniFaces' MultiViews does for its own addresses.
 */
public class ReadableViewHandler extends ViewHandlerWrapper {

    public ReadableViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object readable = context.getExternalContext().getRequestMap().get(ReadableAddressFilter.READABLE_PATH);
        UIViewRoot view = context.getViewRoot();
        if (readable instanceof String path && view != null && viewId != null && viewId.equals(view.getViewId())) {
            return context.getExternalContext().getRequestContextPath() + path;
        }
        return super.getActionURL(context, viewId);
    }
}
