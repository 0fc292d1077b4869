package org.familyportal.portal.infrastructure.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.omnifaces.util.Faces;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;


/**
 * Checks the CSP nonce of a form post ({@link FormNonce}) as soon as its view is restored, before
 * any value is applied or any action runs. PrimeFaces checks it only when the answer renders, so a
 * post without the nonce (or with a wrong one) was refused only after its action had run: a help
 * request stored whose number the family never saw, an account created. Now such a post changes
 * nothing and gets the "bad request" page (400), with one line in the log at most.
 */
public class FormNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Checked after the view is restored: the nonce it was rendered with is kept in its view map.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getResponseComplete() || faces.getViewRoot() == null
                || faces.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()
                || !PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp()) {
            // Not a post, or its view could not be restored (that failure is answered as it is).
            return;
        }
        try {
            PrimeFacesContext.getCspState(faces).getNonce();
        } catch (CspException forged) {
            ClientErrors.log(ClientErrors.Kind.FORGED_FORM, faces.getViewRoot().getViewId(), forged);
            Faces.responseSendError(400, null);
        }
    }
}
