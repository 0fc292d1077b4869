package org.familyportal.portal.interfaces.web.provider;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.directory.application.moderation.InvalidListingException;
import org.familyportal.directory.application.moderation.WrongInformationReports;
import org.familyportal.directory.application.moderation.WrongInformationReports.MemberReport;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backing bean of {@code organisation/reports.xhtml}: the open reports of wrong information about
 * the member's own organisations' services, each with a form to answer it. The report answered is
 * the form's {@code report} field; whether it is the member's to answer is the use case's check
 * (another organisation's report is refused as a restricted page is, whatever the request says).
 */
@Named
@RequestScoped
public class MemberReports {

    @Inject
    WrongInformationReports reports;

    @Inject
    SecurityContext security;

    private List<MemberReport> open;

    /** What was typed, by report (only the form sent fills its entry): kept when the answer is refused. */
    private final Map<String, String> answers = new HashMap<>();

    public void answer() {
        String reportId = Faces.getRequestParameter("report");
        String text = answers.values().stream().filter(v -> v != null).findFirst().orElse(null);
        try {
            reports.answer(reportId, text, security.getCallerPrincipal().getName());
            answers.clear();
            open = null;
            Messages.addGlobalInfo("reports.answer.sent");
        } catch (InvalidListingException e) {
            Messages.addGlobalError(e.messageKey());
        }
    }

    public List<MemberReport> getOpen() {
        if (open == null) {
            open = reports.forMember();
        }
        return open;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
