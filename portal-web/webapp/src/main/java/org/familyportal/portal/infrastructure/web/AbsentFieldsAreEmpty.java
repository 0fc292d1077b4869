package org.familyportal.portal.infrastructure.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.html.HtmlInputFile;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PreValidateEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.fileupload.FileUpload;

import java.util.Map;

/**
 * A field missing from a form post counts as sent empty, so its checks ({@code required}, Bean
 * Validation such as {@code @NotBlank}) run. Faces itself skips validating a field that was not
 * submitted at all and then calls the action with the field's model value untouched: a post
 * crafted without {@code report:message} or {@code signIn:password} reached the action with null.
 * A browser always sends every text field of the form it posts, so only such posts are affected.
 * Check boxes and multiple choices are left alone (absent means unchecked, none chosen: Faces
 * decodes those already), as are disabled and read-only fields (never sent) and file uploads.
 */
public class AbsentFieldsAreEmpty implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput input && !(input instanceof UISelectBoolean)
                && !(input instanceof UISelectMany) && !(input instanceof HtmlInputFile) && !(input instanceof FileUpload);
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        if (!(event instanceof PreValidateEvent)) {
            return;
        }
        UIInput input = (UIInput) event.getSource();
        if (input.getSubmittedValue() != null || input.isImmediate() || isTrue(input, "disabled")
                || isTrue(input, "readonly")) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        UIForm form = enclosingForm(input);
        if (form == null || !form.isSubmitted()) {
            return;
        }
        String clientId = input.getClientId(faces);
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        // PrimeFaces components post under clientId_input (menus, dates, numbers): present means sent.
        boolean sent = parameters.keySet().stream().anyMatch(name -> name.equals(clientId)
                || name.startsWith(clientId + "_"));
        if (!sent) {
            input.setSubmittedValue("");
        }
    }

    private static boolean isTrue(UIComponent component, String attribute) {
        Object value = component.getAttributes().get(attribute);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private static UIForm enclosingForm(UIComponent component) {
        for (UIComponent parent = component.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof UIForm form) {
                return form;
            }
        }
        return null;
    }
}
