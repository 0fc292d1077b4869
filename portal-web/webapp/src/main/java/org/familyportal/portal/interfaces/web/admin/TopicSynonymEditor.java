package org.familyportal.portal.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.directory.domain.search.InvalidSynonymException;
import org.familyportal.directory.domain.search.TopicSynonym;
import org.familyportal.directory.domain.search.TopicSynonymRepository;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backing bean of {@code admin/synonyms.xhtml}: the words and phrases parents use for kinds of help
 * (terms, other words and phrases, pleas, danger), added, changed ({@code ?edit=id}) and removed by
 * administrators; search honours them at once.
 */
@Named
@ViewScoped
public class TopicSynonymEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHANGES_SHOWN = 20;

    /** A taxonomy term an entry may point to, with its name for the administrator. */
    public record TermChoice(String term, String label) {
    }

    @Inject
    transient SiteSearch search;

    @Inject
    transient SecurityContext security;

    @Inject
    transient CurrentLanguage language;

    private Integer editing;
    private String words;
    private String topics;
    /** Read once per view (a data table asks for its value many times), again after a change. */
    private transient List<TopicSynonym> entries;
    private transient List<TopicSynonymRepository.Change> changes;
    private transient List<TermChoice> termChoices;

    /** {@code ?edit=id}: the entry's words and terms in the form. */
    public void load() {
        if (editing == null) {
            return;
        }
        Optional<TopicSynonym> entry = entries().stream().filter(e -> e.id() == editing).findFirst();
        if (entry.isEmpty()) {
            Messages.addGlobalError("admin.synonyms.gone");
            editing = null;
            return;
        }
        words = entry.get().words();
        topics = entry.get().topics();
    }

    public void save() {
        String by = security.getCallerPrincipal().getName();
        try {
            if (editing == null) {
                search.synonyms().add(words, topics, by);
                Messages.addGlobalInfo("admin.synonyms.added");
            } else if (search.synonyms().change(editing, words, topics, by)) {
                Messages.addGlobalInfo("admin.synonyms.saved");
            } else {
                Messages.addGlobalError("admin.synonyms.gone");
            }
            clear();
        } catch (InvalidSynonymException e) {
            e.problems().forEach(p -> Messages.addError("synonym:" + p.field(), p.key(), p.detail()));
        } catch (SQLException e) {
            throw new IllegalStateException("The synonym list could not be written", e);
        }
    }

    public void remove() {
        if (editing == null) {
            return;
        }
        try {
            if (search.synonyms().remove(editing, security.getCallerPrincipal().getName())) {
                Messages.addGlobalInfo("admin.synonyms.removed");
            } else {
                Messages.addGlobalError("admin.synonyms.gone");
            }
            clear();
        } catch (SQLException e) {
            throw new IllegalStateException("The synonym list could not be written", e);
        }
    }

    private void clear() {
        editing = null;
        words = null;
        topics = null;
        entries = null;
        changes = null;
    }

    public List<TopicSynonym> getEntries() {
        return entries();
    }

    private List<TopicSynonym> entries() {
        if (entries != null) {
            return entries;
        }
        try {
            entries = search.synonyms().list();
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("The synonym list could not be read", e);
        }
    }

    public List<TopicSynonymRepository.Change> getChanges() {
        if (changes != null) {
            return changes;
        }
        try {
            changes = search.synonyms().changes(CHANGES_SHOWN);
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("The synonym log could not be read", e);
        }
    }

    /**
     * What an entry's words mean, e.g. "Mean the same; Legal aid, Large families; Also finds: legal
     * aid"; crisis words and pleas say so.
     */
    public String topicNames(TopicSynonym entry) {
        if (entry.crisis()) {
            return Faces.getBundleString("admin.synonyms.crisis");
        }
        if (entry.stop()) {
            return Faces.getBundleString("admin.synonyms.stop");
        }
        List<String> parts = new ArrayList<>();
        if (entry.same()) {
            parts.add(Faces.getBundleString("admin.synonyms.same"));
        }
        List<String> names = new ArrayList<>();
        entry.topicList().forEach(t -> names.add(search.label(t.dimension(), t.code(), language.getCode())));
        if (!names.isEmpty()) {
            parts.add(String.join(", ", names));
        }
        if (!entry.alsoFind().isEmpty()) {
            parts.add(Faces.getBundleString("admin.synonyms.alsoFind") + ": " + String.join(", ", entry.alsoFind()));
        }
        return String.join("; ", parts);
    }

    /** The terms words may point to, by dimension, with their names. */
    public List<TermChoice> getTermChoices() {
        if (termChoices != null) {
            return termChoices;
        }
        List<TermChoice> choices = new ArrayList<>();
        try {
            search.synonyms().knownTopics().stream().sorted().forEach(term -> {
                int colon = term.indexOf(':');
                choices.add(new TermChoice(term, search.label(term.substring(0, colon), term.substring(colon + 1),
                        language.getCode())));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("The taxonomy could not be read", e);
        }
        termChoices = choices;
        return choices;
    }

    public Integer getEditing() {
        return editing;
    }

    public void setEditing(Integer editing) {
        this.editing = editing;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }
}
