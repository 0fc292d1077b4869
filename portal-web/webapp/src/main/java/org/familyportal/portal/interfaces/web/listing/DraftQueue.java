package org.familyportal.portal.interfaces.web.listing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.application.draft.ListingEditing;
import org.familyportal.directory.domain.draft.DraftState;
import org.familyportal.portal.interfaces.web.Moments;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Backing bean of {@code moderation/drafts.xhtml}: drafts waiting for a decision (or in another
 * state), filtered by organisation or author, the longest waiting first, with how long each waits
 * and who asked.
 */
@Named
@ViewScoped
public class DraftQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @Inject
    transient ListingEditing editing;

    @Inject
    transient Moments moments;

    private String text = "";
    private DraftState state = DraftState.SUBMITTED;
    private List<ListingEditing.Queued> drafts;
    private long total;

    public void load() {
        Set<DraftState> states = state == null ? EnumSet.allOf(DraftState.class) : EnumSet.of(state);
        drafts = editing.queue(states, text, 0, PAGE);
        total = editing.count(states, text);
    }

    public String waiting(ListingEditing.Queued queued) {
        long days = queued.waiting().toDays();
        return days == 0 ? Faces.getBundleString("draft.waitingHours", queued.waiting().toHours())
                : Faces.getBundleString("draft.waitingDays", days);
    }

    public String sent(ListingEditing.Queued queued) {
        return queued.submittedAt() == null ? "—" : moments.formatUtc(queued.submittedAt());
    }

    public DraftState[] getStates() {
        return DraftState.values();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? "" : text; }
    public DraftState getState() { return state; }
    public void setState(DraftState state) { this.state = state; }
    public List<ListingEditing.Queued> getDrafts() { return drafts; }
    public long getTotal() { return total; }
}
