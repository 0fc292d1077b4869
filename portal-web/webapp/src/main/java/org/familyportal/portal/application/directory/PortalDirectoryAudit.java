package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.DirectoryAudit;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;

/** The directory's audit entries go to the portal's audit trail, with no help request attached. */
@ApplicationScoped
public class PortalDirectoryAudit implements DirectoryAudit {

    @Inject
    AuditTrail audit;

    @Override
    public void exported(String actor, String detail) {
        audit.recordRead(actor, AuditAction.EXPORT, null, detail);
    }

    @Override
    public void changed(String actor, String detail) {
        audit.recordRead(actor, AuditAction.CHANGE, null, detail);
    }
}
