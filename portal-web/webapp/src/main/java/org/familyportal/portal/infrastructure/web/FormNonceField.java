package org.familyportal.portal.infrastructure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Gives pages the hidden CSP nonce field that {@link FormNonce} adds to every form. */
@Named("formNonce")
@RequestScoped
public class FormNonceField {

    public String getHiddenField() {
        return FormNonce.hiddenField();
    }
}
