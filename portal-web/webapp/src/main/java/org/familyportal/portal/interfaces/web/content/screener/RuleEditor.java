package org.familyportal.portal.interfaces.web.content.screener;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.content.application.screener.PublishingRefused;
import org.familyportal.content.application.screener.ScreenerEditing;
import org.familyportal.content.application.screener.TestReport;
import org.familyportal.content.domain.screener.RuleFormatException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.NoSuchElementException;

/**
 * Backing bean of {@code editorial/screener-rule.xhtml}: a measure's rule as JSON text, checked when
 * saved (a clear message says where a mistake is), the test households run with the draft, and
 * publishing, which needs the editor to confirm having seen failing tests when there are any.
 */
@Named
@ViewScoped
public class RuleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScreenerEditing editing;

    private String code;
    private String text;
    private TestReport report;
    private boolean failuresSeen;
    private boolean found;

    /** Reads the rule named by the {@code code} parameter (or answers 404). */
    public void load() {
        if (text != null) {
            return;
        }
        try {
            text = editing.ruleText(code);
            found = true;
        } catch (NoSuchElementException e) {
            Faces.responseSendError(404, null);
        }
    }

    public void saveDraft() {
        try {
            report = editing.saveDraft(code, text);
            failuresSeen = false;
            Messages.addGlobalInfo(report.passed() ? "screener.editor.draft.savedPassing" : "screener.editor.draft.savedFailing",
                    report.households(), report.mismatches().size());
        } catch (RuleFormatException e) {
            Messages.addGlobalError("screener.editor.invalid", e.path(), e.problem());
        }
    }

    public void publish() {
        try {
            editing.publish(code, failuresSeen);
            Messages.addFlashGlobalInfo("screener.editor.published", code);
            Faces.redirect("editorial/screener.xhtml");
        } catch (PublishingRefused e) {
            report = e.report();
            Messages.addGlobalError("screener.editor.publish.refused", report.mismatches().size());
        } catch (IllegalStateException e) {
            Messages.addGlobalError("screener.editor.publish.nothing");
        }
    }

    public void discardDraft() {
        editing.discardDraft(code);
        text = null;
        report = null;
        load();
        Messages.addGlobalInfo("screener.editor.draft.discarded");
    }

    public boolean isFound() { return found; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public TestReport getReport() { return report; }
    public boolean isFailuresSeen() { return failuresSeen; }
    public void setFailuresSeen(boolean failuresSeen) { this.failuresSeen = failuresSeen; }
}
