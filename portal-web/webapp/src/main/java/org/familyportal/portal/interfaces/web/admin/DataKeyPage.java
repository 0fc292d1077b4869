package org.familyportal.portal.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.infrastructure.protection.DataKeyRotation;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.sql.SQLException;

/**
 * Backing bean of {@code admin/data-key.xhtml}: which key seals personal data, how much still waits
 * for re-encryption after a rotation, whether stored values cannot be decrypted, and the command that
 * re-encrypts everything with the current key now (it also runs at every start).
 */
@Named
@ViewScoped
public class DataKeyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DataKeyRotation rotation;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient SecurityContext security;

    private transient DataKeyRotation.State state;

    public DataKeyRotation.State getState() {
        if (state == null) {
            try {
                state = rotation.state();
            } catch (SQLException e) {
                Messages.addGlobalError("admin.dataKey.unavailable");
                state = new DataKeyRotation.State("", 0, 0, false, null);
            }
        }
        return state;
    }

    /** Starts a re-encryption; the audit entry needs a transaction. */
    @Transactional
    public void reencrypt() {
        boolean started = rotation.start();
        if (started) {
            audit.record(security.getCallerPrincipal().getName(), AuditAction.CHANGE, null, "data key: re-encryption started");
        }
        Messages.addGlobalInfo(started ? "admin.dataKey.started" : "admin.dataKey.running");
        state = null;
    }
}
