package org.familyportal.portal.interfaces.web.content.screener;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.content.application.screener.ScreenerEditing;
import org.familyportal.content.application.screener.TestReport;
import org.familyportal.content.domain.screener.MeasureRules;
import org.familyportal.content.domain.screener.Parameter;
import org.familyportal.content.domain.screener.ParameterValue;
import org.familyportal.content.domain.screener.TestHouseholdEntry;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing bean of {@code editorial/screener.xhtml}: the parameters with their periods (a new value
 * from a date), the measures' rules (to edit one by one), the test households, and running the tests.
 */
@Named
@ViewScoped
public class ScreenerEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScreenerEditing editing;

    private String name;
    private String region;
    private String zone;
    private BigDecimal value;
    private LocalDate effectiveFrom;
    private String source;
    private TestReport report;

    private transient List<ParameterValue> parameters;
    private transient List<MeasureRules> measures;
    private transient List<TestHouseholdEntry> households;

    public List<ParameterValue> getParameters() {
        if (parameters == null) {
            parameters = editing.parameters();
        }
        return parameters;
    }

    public List<MeasureRules> getMeasures() {
        if (measures == null) {
            measures = editing.measures();
        }
        return measures;
    }

    public List<TestHouseholdEntry> getHouseholds() {
        if (households == null) {
            households = editing.households();
        }
        return households;
    }

    /** Fills the form with a parameter's name, region and zone, for its next value. */
    public void nextValueOf(ParameterValue p) {
        name = p.name();
        region = p.region();
        zone = p.zone();
        value = p.value();
        source = null;
        effectiveFrom = null;
    }

    public void addValue() {
        try {
            editing.addParameterValue(new Parameter(name, region, zone, value, effectiveFrom, null, source));
        } catch (IllegalArgumentException | NullPointerException e) {
            Messages.addGlobalError("screener.editor.parameter.invalid", e.getMessage());
            return;
        }
        Messages.addGlobalInfo("screener.editor.parameter.added", name, effectiveFrom);
        parameters = null;
        value = null;
        effectiveFrom = null;
        source = null;
    }

    public void runTests() {
        report = editing.runTests();
    }

    public TestReport getReport() { return report; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
