package org.familyportal.portal.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.attention.AdminAttention;

/** Backing bean of the administrator's part of {@code account/index.xhtml}: what needs attention. */
@Named
@RequestScoped
public class AdminStart {

    @Inject
    AdminAttention attention;

    private AdminAttention.Summary summary;

    public AdminAttention.Summary getSummary() {
        if (summary == null) {
            summary = attention.summary();
        }
        return summary;
    }
}
