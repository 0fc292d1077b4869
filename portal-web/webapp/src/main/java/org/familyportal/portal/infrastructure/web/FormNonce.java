package org.familyportal.portal.infrastructure.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeFacesContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Puts PrimeFaces' CSP nonce into every form as a hidden field, so that a form posted without
 * JavaScript (an old phone, a script that did not load on a weak connection) is still accepted.
 * PrimeFaces' own script adds the same field when it runs; both carry the same value.
 */
public class FormNonce implements SystemEventListener {

    static final String FIELD_ID = "primefacesNonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        UIComponent form = (UIComponent) event.getSource();
        for (UIComponent child : form.getChildren()) {
            if (FIELD_ID.equals(child.getId())) {
                return;
            }
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        HtmlOutputText field = new HtmlOutputText();
        field.setId(FIELD_ID);
        field.setEscape(false);
        field.setValueExpression("value", faces.getApplication().getExpressionFactory()
                .createValueExpression(faces.getELContext(), "#{formNonce.hiddenField}", String.class));
        form.getChildren().add(field);
    }

    /** The hidden field's HTML for the current response. */
    public static String hiddenField() {
        String nonce = PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
        return "<input type=\"hidden\" name=\"primefaces.nonce\" value=\""
                + URLEncoder.encode(nonce, StandardCharsets.UTF_8) + "\"/>";
    }
}
