package org.familyportal.portal.interfaces.web.content.screener;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.content.application.screener.ScreenerEditing;
import org.familyportal.content.domain.screener.RuleFormatException;
import org.familyportal.content.domain.screener.TestHouseholdEntry;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.NoSuchElementException;

/** Backing bean of {@code editorial/screener-household.xhtml}: a test household as JSON text (new, changed or deleted). */
@Named
@ViewScoped
public class HouseholdEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = """
            {
              "name": "…",
              "date": "2026-03-01",
              "household": {"region": "38", "municipality": "38-irkutsk", "adults": 2,
                "children": [{"age": 3, "relation": "OWN", "disabled": false}],
                "familyIncome": 60000, "employed": true, "extraHousing": false, "car": false, "savings": false},
              "expect": {"unified-allowance": "PASS"},
              "amounts": {}
            }""";

    @Inject
    transient ScreenerEditing editing;

    private Long id;
    private String text;

    public void load() {
        if (text != null) {
            return;
        }
        if (id == null) {
            text = TEMPLATE;
            return;
        }
        text = editing.households().stream().filter(h -> h.id().equals(id)).map(TestHouseholdEntry::definitionJson)
                .findFirst().orElse(null);
        if (text == null) {
            Faces.responseSendError(404, null);
        }
    }

    public void save() {
        try {
            editing.saveHousehold(id, text);
            Messages.addFlashGlobalInfo("screener.editor.household.saved");
            Faces.redirect("editorial/screener.xhtml");
        } catch (RuleFormatException e) {
            Messages.addGlobalError("screener.editor.invalid", e.path(), e.problem());
        } catch (NoSuchElementException e) {
            Messages.addGlobalError("screener.editor.household.notFound");
        }
    }

    public void delete() {
        if (id != null) {
            editing.deleteHousehold(id);
        }
        Messages.addFlashGlobalInfo("screener.editor.household.deleted");
        Faces.redirect("editorial/screener.xhtml");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
