package org.familyportal.portal.interfaces.web.content.screener;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.content.application.screener.PublishingRefused;
import org.familyportal.content.application.screener.ScreenerEditing;
import org.familyportal.content.application.screener.TestReport;
import org.familyportal.content.domain.screener.Amount;
import org.familyportal.content.domain.screener.Fact;
import org.familyportal.content.domain.screener.Group;
import org.familyportal.content.domain.screener.ParameterValue;
import org.familyportal.content.domain.screener.Rule;
import org.familyportal.content.domain.screener.RuleFormatException;
import org.familyportal.content.domain.screener.RuleJson;
import org.familyportal.portal.application.request.RequestVocabulary;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Backing bean of {@code editorial/screener-rule.xhtml}: a measure's rule in a structured form (groups
 * and checks as rows, the amount's formula, the rule's texts; {@link RuleForm}), or, for those who
 * prefer it, as its JSON text. Either way the rule is saved in the rules' notation and checked as
 * every rule is (a mistake is shown on its row, and nothing typed is lost), the test households are
 * run with the draft, and publishing needs the editor to confirm having seen failing tests.
 */
@Named
@ViewScoped
public class RuleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScreenerEditing editing;

    @Inject
    transient RequestVocabulary vocabulary;

    @Inject
    CurrentLanguage language;

    private String code;
    private String text;
    private RuleForm form;
    private TestReport report;
    private boolean failuresSeen;
    private boolean found;
    /** The JSON text is shown open (after a mistake in it, so that the editor sees what was typed). */
    private boolean jsonOpen;
    private List<String> parameterNames;

    /** Reads the rule named by the {@code code} parameter (or answers 404). */
    public void load() {
        if (text != null) {
            return;
        }
        try {
            text = editing.ruleText(code);
            form = RuleForm.of(RuleJson.readRule(text));
            parameterNames = editing.parameters().stream().map(ParameterValue::name)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
            found = true;
        } catch (NoSuchElementException e) {
            Faces.responseSendError(404, null);
        }
    }

    // ---- the structured form ----

    /** Saves the form's rule as the draft (through the same notation and checks as the JSON text). */
    public void saveForm() {
        Rule rule;
        try {
            rule = form.toRule();
        } catch (IllegalArgumentException e) {
            Messages.addGlobalError("screener.editor.invalid", "", e.getMessage());
            return;
        }
        if (rule == null) {
            Messages.addGlobalError("screener.form.invalid");
            return;
        }
        String written = RuleJson.write(rule);
        if (save(written)) {
            text = written;
        }
    }

    public void addCheck(int row) { form.addCheck(row); }
    public void addGroup(int row) { form.addGroup(row); }
    public void remove(int row) { form.remove(row); }
    public void moveUp(int row) { form.moveUp(row); }
    public void moveDown(int row) { form.moveDown(row); }

    /** After a row's fact changed: its operation follows the fact's kind. */
    public void factChanged(RuleForm.Row row) {
        row.fitOperator();
    }

    // ---- the JSON text ----

    public void saveDraft() {
        jsonOpen = !save(text);
        if (!jsonOpen) {
            form = RuleForm.of(RuleJson.readRule(text));
        }
    }

    private boolean save(String rule) {
        try {
            report = editing.saveDraft(code, rule);
            failuresSeen = false;
            Messages.addGlobalInfo(report.passed() ? "screener.editor.draft.savedPassing" : "screener.editor.draft.savedFailing",
                    report.households(), report.mismatches().size());
            return true;
        } catch (RuleFormatException e) {
            Messages.addGlobalError("screener.editor.invalid", e.path(), e.problem());
            return false;
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

    // ---- the choices ----

    public List<Fact> getFacts() {
        return Arrays.asList(Fact.values());
    }

    /** The facts an amount may be counted per (numbers). */
    public List<Fact> getCountFacts() {
        return Arrays.stream(Fact.values()).filter(Fact::numeric).toList();
    }

    public Group.Kind[] getGroupKinds() { return Group.Kind.values(); }
    public Rule.Channel[] getChannels() { return Rule.Channel.values(); }
    public Amount.Kind[] getAmountKinds() { return Amount.Kind.values(); }
    public Amount.Period[] getPeriods() { return Amount.Period.values(); }
    public Amount.Qualifier[] getQualifiers() { return Amount.Qualifier.values(); }

    /** The parameters' names (stored ones, and any the form names that is not stored, so that none is lost). */
    public List<String> getParameterNames() {
        TreeSet<String> names = new TreeSet<>(parameterNames == null ? List.of() : parameterNames);
        if (form != null) {
            form.getRows().stream().map(RuleForm.Row::getParameter).filter(p -> p != null && !p.isBlank()).forEach(names::add);
            for (String p : new String[] {form.getAmountParameter(), form.getAmountTarget()}) {
                if (p != null && !p.isBlank()) {
                    names.add(p);
                }
            }
        }
        return List.copyOf(names);
    }

    /** A parameter in words ("прожиточный минимум на человека"), with its name when the bundle has no words for it. */
    public String parameterLabel(String name) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language.getLocale());
        String key = "screener.parameter." + name;
        return bundle.containsKey(key) ? bundle.getString(key) + " (" + name + ")" : name;
    }

    /** The regions' codes with their names, as a hint beside a region's codes. */
    public String getRegionCodes() {
        boolean english = "en".equals(language.getCode());
        return vocabulary.regions().values().stream()
                .map(r -> r.code() + " — " + (english ? r.nameEn() : r.nameRu()))
                .collect(Collectors.joining("; "));
    }

    // ---- properties ----

    public boolean isFound() { return found; }
    public boolean isJsonOpen() { return jsonOpen; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public RuleForm getForm() { return form; }
    public TestReport getReport() { return report; }
    public boolean isFailuresSeen() { return failuresSeen; }
    public void setFailuresSeen(boolean failuresSeen) { this.failuresSeen = failuresSeen; }
}
