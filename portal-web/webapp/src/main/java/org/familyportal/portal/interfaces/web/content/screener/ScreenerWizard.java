package org.familyportal.portal.interfaces.web.content.screener;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.content.application.screener.ScreenerRules;
import org.familyportal.content.domain.screener.Child;
import org.familyportal.content.domain.screener.Household;
import org.familyportal.content.domain.screener.MeasureResult;
import org.familyportal.content.domain.screener.Question;
import org.familyportal.content.domain.screener.Relation;
import org.familyportal.content.domain.screener.Screening;
import org.familyportal.content.domain.screener.Step;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Backing bean of {@code screener.xhtml}: "what am I entitled to?". Each step is a POST; the answers
 * live only in this view (never in the database, never in a log). After each step the household is
 * screened with what is known so far, and the next step is the first one with a question some still
 * undecided measure needs; the questions shown are those only. At the end, the results are grouped.
 * The parent may send a help request carrying a summary of the answers, with explicit consent.
 */
@Named
@ViewScoped
public class ScreenerWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The wizard's pages: the domain's steps, with the children's details after the family. */
    public enum Page { PLACE, FAMILY, CHILDREN, STUDY, MONEY, PROPERTY, OTHER, RESULTS }

    @Inject
    transient ScreenerRules rules;

    @Inject
    CurrentLanguage language;

    private Page page = Page.PLACE;
    private Set<Question> asked = EnumSet.allOf(Question.class);
    private final List<Page> visited = new ArrayList<>();

    private String municipality;
    private Integer childCount;
    private Integer adults;
    private String pregnant;
    private Integer pregnancyWeeks;
    private String singleParent;
    private Integer parentAge;
    private final List<ChildRow> children = new ArrayList<>();
    private BigDecimal familyIncome;
    private String employed;
    private String carerNotWorking;
    private String extraHousing;
    private String car;
    private String savings;
    private String mortgage;
    private String paysForEducation;
    private String lostBreadwinner;
    private boolean consent;

    private transient Screening screening;
    private transient ScreenerWords words;
    private transient java.util.Locale wordsLocale;

    /** One child's row on the children's page. */
    public static class ChildRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String birthDate;
        private Integer age;
        private Relation relation = Relation.OWN;
        private String disabled;
        private String fullTimeStudy;

        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
        public Integer getAge() { return age; }
        public void setAge(Integer age) { this.age = age; }
        public Relation getRelation() { return relation; }
        public void setRelation(Relation relation) { this.relation = relation; }
        public String getDisabled() { return disabled; }
        public void setDisabled(String disabled) { this.disabled = disabled; }
        public String getFullTimeStudy() { return fullTimeStudy; }
        public void setFullTimeStudy(String fullTimeStudy) { this.fullTimeStudy = fullTimeStudy; }
    }

    // ---- navigation ----

    public void next() {
        if (page == Page.FAMILY) {
            resizeChildren();
        }
        if (page == Page.CHILDREN && !childrenValid()) {
            return;
        }
        visited.add(page);
        screening = null;
        Screening s = screen();
        page = following(page, s);
        asked = s.neededQuestions().isEmpty() ? EnumSet.noneOf(Question.class) : EnumSet.copyOf(s.neededQuestions());
    }

    public void back() {
        if (!visited.isEmpty()) {
            page = visited.remove(visited.size() - 1);
            asked = EnumSet.allOf(Question.class);
            screening = null;
        }
    }

    /** Back to the first page that asks one of the questions a result waits for; later pages follow again as needed. */
    public void answer(MeasureResult result) {
        Page target = result.questions().stream().map(q -> Page.valueOf(q.step().name()))
                .min(java.util.Comparator.naturalOrder()).orElse(Page.PLACE);
        visited.removeIf(p -> p.ordinal() >= target.ordinal());
        page = target;
        asked = EnumSet.allOf(Question.class);
        screening = null;
    }

    /** Starts again in a new view (the answers of this one are gone with it). */
    public String restart() {
        return "/screener.xhtml?faces-redirect=true";
    }

    private Page following(Page current, Screening s) {
        for (Page p : Page.values()) {
            if (p.ordinal() <= current.ordinal()) {
                continue;
            }
            if (p == Page.RESULTS) {
                return p;
            }
            if (p == Page.CHILDREN) {
                if (!children.isEmpty()) {
                    return p;
                }
                continue;
            }
            if (s.needs(Step.valueOf(p.name()))) {
                return p;
            }
        }
        return Page.RESULTS;
    }

    // ---- the household ----

    private void resizeChildren() {
        int n = childCount == null ? 0 : childCount;
        while (children.size() < n) {
            children.add(new ChildRow());
        }
        while (children.size() > n) {
            children.remove(children.size() - 1);
        }
    }

    private boolean childrenValid() {
        boolean ok = true;
        for (int i = 0; i < children.size(); i++) {
            ChildRow c = children.get(i);
            if (c.birthDate != null && !c.birthDate.isBlank()) {
                try {
                    LocalDate d = LocalDate.parse(c.birthDate.trim());
                    if (d.isAfter(rules.today()) || d.isBefore(rules.today().minusYears(Child.MAX_AGE))) {
                        Messages.addGlobalError("screener.child.birthDate.range", i + 1);
                        ok = false;
                    }
                } catch (DateTimeParseException e) {
                    Messages.addGlobalError("screener.child.birthDate.invalid", i + 1);
                    ok = false;
                }
            }
        }
        return ok;
    }

    public Household household() {
        String region = municipality == null || municipality.isBlank() ? null : regionOf(municipality);
        List<Child> kids = null;
        if (childCount != null) {
            kids = new ArrayList<>();
            for (ChildRow r : children) {
                kids.add(child(r));
            }
        }
        Boolean isPregnant = flag(pregnant);
        return new Household(region, blank(municipality), adults, kids, isPregnant,
                Boolean.TRUE.equals(isPregnant) ? pregnancyWeeks : null, flag(singleParent), parentAge,
                familyIncome, flag(employed), flag(carerNotWorking), flag(extraHousing), flag(car), flag(savings),
                flag(mortgage), flag(paysForEducation), flag(lostBreadwinner));
    }

    private static Child child(ChildRow r) {
        LocalDate born = null;
        if (r.birthDate != null && !r.birthDate.isBlank()) {
            try {
                born = LocalDate.parse(r.birthDate.trim());
            } catch (DateTimeParseException e) {
                born = null;
            }
        }
        return new Child(born, r.age, r.relation, flag(r.disabled), flag(r.fullTimeStudy));
    }

    /** Whether the study page asks about this child: one who may be 18 to 23 today. */
    public boolean asksStudy(int index) {
        return index >= 0 && index < children.size() && child(children.get(index)).mayBeYoungAdult(rules.today());
    }

    /** The gazetteer's municipality codes begin with their region's code ({@code 38-irkutsk}). */
    static String regionOf(String municipality) {
        int dash = municipality.indexOf('-');
        return dash > 0 ? municipality.substring(0, dash) : null;
    }

    private static Boolean flag(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Screening screen() {
        if (screening == null) {
            screening = rules.screen(household());
        }
        return screening;
    }

    /** The measures the family may be entitled to: those with an estimated amount first, then by title. */
    public List<MeasureResult> getEntitled() {
        return screen().entitled().stream()
                .sorted(java.util.Comparator.comparing((MeasureResult r) -> r.amount() == null)
                        .thenComparing(r -> getWords().title(r.rule())))
                .toList();
    }

    /** Whether the current page shows this question (only those some undecided measure needs). */
    public boolean asks(String question) {
        return asked.contains(Question.valueOf(question));
    }

    // ---- the progress line ----

    public int getStepNumber() {
        return visited.size() + 1;
    }

    /** The pages still ahead (an estimate: later answers may skip more). */
    public int getStepsLeft() {
        if (page == Page.RESULTS) {
            return 0;
        }
        Screening s = screen();
        int left = 0;
        for (Page p : Page.values()) {
            if (p.ordinal() > page.ordinal() && p != Page.RESULTS
                    && (p == Page.CHILDREN ? childCount != null && childCount > 0 && page.ordinal() < Page.CHILDREN.ordinal()
                    : s.needs(Step.valueOf(p.name())))) {
                left++;
            }
        }
        return left;
    }

    public int getStepsTotal() {
        return getStepNumber() + getStepsLeft();
    }

    // ---- the help request ----

    /** With consent only: the answers' summary goes (in the flash, for one request) to the help request form. */
    public String sendHelpRequest() {
        if (!consent) {
            Messages.addError("results:consent", "screener.send.consentNeeded");
            return null;
        }
        Faces.getFlash().put(ScreenerWords.FLASH_DESCRIPTION, getWords().summary(household(), screen()));
        Faces.getFlash().put(ScreenerWords.FLASH_MUNICIPALITY, municipality);
        return "/ask-for-help.xhtml?faces-redirect=true";
    }

    /** The words of the results (reasons, amounts, channels), in the page's language. */
    public ScreenerWords getWords() {
        if (words == null || !words.today().equals(rules.today()) || !language.getLocale().equals(wordsLocale)) {
            wordsLocale = language.getLocale();
            words = new ScreenerWords(wordsLocale, rules.today());
        }
        return words;
    }

    // ---- properties ----

    public Page getPage() { return page; }
    public List<ChildRow> getChildren() { return children; }
    public Relation[] getRelations() { return Relation.values(); }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public Integer getChildCount() { return childCount; }
    public void setChildCount(Integer childCount) { this.childCount = childCount; }
    public Integer getAdults() { return adults; }
    public void setAdults(Integer adults) { this.adults = adults; }
    public String getPregnant() { return pregnant; }
    public void setPregnant(String pregnant) { this.pregnant = pregnant; }
    public Integer getPregnancyWeeks() { return pregnancyWeeks; }
    public void setPregnancyWeeks(Integer pregnancyWeeks) { this.pregnancyWeeks = pregnancyWeeks; }
    public String getSingleParent() { return singleParent; }
    public void setSingleParent(String singleParent) { this.singleParent = singleParent; }
    public Integer getParentAge() { return parentAge; }
    public void setParentAge(Integer parentAge) { this.parentAge = parentAge; }
    public BigDecimal getFamilyIncome() { return familyIncome; }
    public void setFamilyIncome(BigDecimal familyIncome) { this.familyIncome = familyIncome; }
    public String getEmployed() { return employed; }
    public void setEmployed(String employed) { this.employed = employed; }
    public String getCarerNotWorking() { return carerNotWorking; }
    public void setCarerNotWorking(String carerNotWorking) { this.carerNotWorking = carerNotWorking; }
    public String getExtraHousing() { return extraHousing; }
    public void setExtraHousing(String extraHousing) { this.extraHousing = extraHousing; }
    public String getCar() { return car; }
    public void setCar(String car) { this.car = car; }
    public String getSavings() { return savings; }
    public void setSavings(String savings) { this.savings = savings; }
    public String getMortgage() { return mortgage; }
    public void setMortgage(String mortgage) { this.mortgage = mortgage; }
    public String getPaysForEducation() { return paysForEducation; }
    public void setPaysForEducation(String paysForEducation) { this.paysForEducation = paysForEducation; }
    public String getLostBreadwinner() { return lostBreadwinner; }
    public void setLostBreadwinner(String lostBreadwinner) { this.lostBreadwinner = lostBreadwinner; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
