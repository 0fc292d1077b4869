package org.familyportal.portal.interfaces.web.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.request.RequestVocabulary;
import org.familyportal.portal.application.request.Routing;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.domain.request.CallOutcome;
import org.familyportal.portal.domain.request.CallerType;
import org.familyportal.portal.domain.request.ContactChannel;
import org.familyportal.portal.domain.request.FeltUrgency;
import org.familyportal.portal.domain.request.OperatorAction;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.familyportal.portal.domain.request.RequestStatus;
import org.familyportal.portal.domain.request.TriageLevel;
import org.familyportal.portal.interfaces.web.CurrentLanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/** The choices of request forms (municipalities by region, topics, the enums), in the page's language. */
@Named
@RequestScoped
public class RequestChoices {

    @Inject
    Routing routing;

    @Inject
    RequestVocabulary vocabulary;

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage language;

    @Inject
    LastKnownChoices lastKnown;

    private List<SelectItem> municipalities;

    public List<SelectItem> getMunicipalities() {
        if (municipalities == null) {
            municipalities = lastKnown.read("municipalities:" + language.getCode(), this::readMunicipalities);
        }
        return municipalities;
    }

    private List<SelectItem> readMunicipalities() {
        boolean english = "en".equals(language.getCode());
        Map<String, RequestVocabulary.Region> regions = vocabulary.regions();
        List<Routing.MunicipalityCentre> all = routing.municipalities();
        List<SelectItem> municipalities = new ArrayList<>();
        for (RequestVocabulary.Region region : regions.values()) {
            List<SelectItem> items = all.stream()
                    .filter(m -> m.regionCode().equals(region.code()))
                    .map(m -> new SelectItem(m.municipalityCode(), english ? m.nameEn() : m.nameRu()))
                    .sorted(java.util.Comparator.comparing(SelectItem::getLabel))
                    .toList();
            SelectItemGroup group = new SelectItemGroup(english ? region.nameEn() : region.nameRu());
            group.setSelectItems(items);
            municipalities.add(group);
        }
        return municipalities;
    }

    public List<String> getTopics() {
        return lastKnown.read("topics", vocabulary::topics);
    }

    /**
     * The topics in the order a family meets its problems (money and food first, the directory's
     * own kinds of service last); topics not named here follow in the directory's order.
     */
    public List<String> getProblems() {
        List<String> problems = new ArrayList<>(getTopics());
        problems.sort(java.util.Comparator.comparingInt(code -> {
            int at = PROBLEM_ORDER.indexOf(code);
            return at < 0 ? PROBLEM_ORDER.size() : at;
        }));
        return problems;
    }

    private static final List<String> PROBLEM_ORDER = List.of("benefits-advice", "humanitarian-aid",
            "psychological-help", "crisis-shelter", "early-intervention", "legal-aid", "social-support", "employment",
            "addiction-help", "health", "substitute-family-support", "parents-school", "education-leisure",
            "mentoring", "mobile-team", "hotline");

    public String topicLabel(String code) {
        return search.label("category", code, language.getCode());
    }

    /**
     * A topic as a family would name its problem ("Не хватает денег на самое нужное", {@code
     * ask.problem.<code>}); the directory's name of the kind of help for a topic without such words.
     * The form stores the topic's code either way.
     */
    public String problemLabel(String code) {
        ResourceBundle i18n = Faces.getResourceBundle("i18n");
        String key = "ask.problem." + code;
        return i18n != null && i18n.containsKey(key) ? i18n.getString(key) : topicLabel(code);
    }

    /** Every municipality with its region ("Братск — Иркутская область"), for typing to find one on the form. */
    public List<SelectItem> getMunicipalityNames() {
        List<SelectItem> names = new ArrayList<>();
        for (SelectItem group : getMunicipalities()) {
            for (SelectItem item : ((SelectItemGroup) group).getSelectItems()) {
                names.add(new SelectItem(item.getValue(), item.getLabel() + " — " + group.getLabel()));
            }
        }
        return names;
    }

    public String municipalityLabel(String code) {
        return search.label("municipality", code, language.getCode());
    }

    public CallerType[] getCallerTypes() {
        return CallerType.values();
    }

    public FeltUrgency[] getFeltUrgencies() {
        return FeltUrgency.values();
    }

    public ContactChannel[] getContactChannels() {
        return ContactChannel.values();
    }

    public TriageLevel[] getTriageLevels() {
        return TriageLevel.values();
    }

    public OperatorAction[] getOperatorActions() {
        return OperatorAction.values();
    }

    public CallOutcome[] getCallOutcomes() {
        return CallOutcome.values();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public ReferralStatus[] getReferralStatuses() {
        return ReferralStatus.values();
    }
}
