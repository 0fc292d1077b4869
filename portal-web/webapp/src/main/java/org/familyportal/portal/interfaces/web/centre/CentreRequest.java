package org.familyportal.portal.interfaces.web.centre;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.domain.centre.Organisation;
import org.familyportal.portal.domain.centre.Member;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.request.CentreWork;
import org.familyportal.portal.application.request.Memberships;
import org.familyportal.portal.application.access.Viewer;
import org.familyportal.portal.domain.request.FollowUpTask;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.Referral;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.RequestStatus;
import org.familyportal.portal.domain.request.TriageLevel;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing bean of {@code centre/request.xhtml}: one request with its timeline, tasks and referrals,
 * and the specialist's actions on it. Opening it is audited.
 */
@Named
@ViewScoped
public class CentreRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CentreWork work;

    @Inject
    transient SecurityContext security;

    /**
     * The page's {@code ?id=}, taken once when the view starts, so a later postback cannot switch the
     * view to another request. What is not a number stands for no request (not found, not an error).
     */
    @Inject
    @Param(name = "id")
    Long idParam;
    private long id;
    // What the page shows, read once and read again after every action (act() forgets it).
    private transient HelpRequest request;
    private transient List<RequestEvent> timeline;
    private transient List<FollowUpTask> tasks;
    private transient List<Referral> referrals;
    private transient List<Member> colleagues;

    private Long assignee;
    private RequestStatus target;
    private TriageLevel triage;
    private String note;
    private boolean toFamily;
    private LocalDate taskDue;
    private String taskText;
    private String partner;
    private String referralBrief;

    public void load() {
        id = idParam == null ? -1 : idParam;
        request = id <= 0 ? null : work.open(viewer(), id).orElse(null);
        if (request == null) {
            Faces.responseSendError(404, null);
            return;
        }
        triage = request.getTriageLevel();
        assignee = request.getAssigneeId();
    }

    public void assign() {
        act(() -> work.assign(viewer(), id, assignee == null ? -1 : assignee), "centre.assigned");
    }

    public void takeOn() {
        act(() -> work.takeOn(viewer(), id), "centre.taken");
    }

    public void move() {
        if (target == null) {
            Messages.addGlobalError("centre.status.choose");
            return;
        }
        act(() -> work.move(viewer(), id, target), "centre.statusChanged");
    }

    public void saveTriage() {
        if (triage == null) {
            Messages.addGlobalError("request.triage.required");
            return;
        }
        act(() -> work.triage(viewer(), id, triage), "centre.triaged");
    }

    public void addNote() {
        if (act(() -> work.note(viewer(), id, note, toFamily), toFamily ? "centre.replied" : "centre.noted")) {
            note = null;
            toFamily = false;
        }
    }

    public void addTask() {
        if (act(() -> work.addTask(viewer(), id, taskDue, taskText), "centre.taskAdded")) {
            taskDue = null;
            taskText = null;
        }
    }

    /** {@code shownVersion}: the task's version as this page showed it (a colleague may have completed it since). */
    public void completeTask(long taskId, long shownVersion) {
        act(() -> work.completeTask(viewer(), taskId, shownVersion), "centre.taskDone");
    }

    public void refer() {
        if (act(() -> work.refer(viewer(), id, partner, null, referralBrief), "centre.referred")) {
            partner = null;
            referralBrief = null;
        }
    }

    public List<String> completePartner(String text) {
        return work.organisationsNamed(text, 15).stream().map(Organisation::id).toList();
    }

    /** Before each rendering of a postback: what others changed meanwhile shows too. */
    public void refresh() {
        if (jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            forget();
        }
    }

    private void forget() {
        request = null;
        timeline = null;
        tasks = null;
        referrals = null;
        colleagues = null;
    }

    /** Runs an action and says how it went; true when it was done. */
    private boolean act(Runnable action, String doneKey) {
        forget();
        try {
            action.run();
            Messages.addGlobalInfo(doneKey);
            return true;
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey());
            return false;
        } catch (jakarta.persistence.OptimisticLockException | jakarta.transaction.TransactionalException e) {
            // Somebody changed the request at the same moment: nothing was saved, the page shows it anew.
            Messages.addGlobalError("centre.changedMeanwhile");
            return false;
        }
    }

    private Viewer viewer() {
        return CentreQueue.viewer(security);
    }

    public HelpRequest current() {
        if (request == null && id <= 0) {
            throw new InvalidRequestException("centre.request.notFound");
        }
        if (request == null) {
            // Re-reading after an action is not a new look: only load() is audited.
            request = work.reread(viewer(), id);
        }
        return request;
    }

    public HelpRequest getRequest() { return current(); }
    public List<RequestEvent> getTimeline() {
        if (timeline == null) {
            timeline = work.timeline(viewer(), id);
        }
        return timeline;
    }

    public List<FollowUpTask> getTasks() {
        if (tasks == null) {
            tasks = work.tasks(viewer(), id);
        }
        return tasks;
    }

    public List<Referral> getReferrals() {
        if (referrals == null) {
            referrals = work.referrals(viewer(), id);
        }
        return referrals;
    }

    public List<Member> getColleagues() {
        if (colleagues == null) {
            colleagues = work.colleagues(current().getCentreId());
        }
        return colleagues;
    }
    public List<RequestStatus> getNextStatuses() { return List.copyOf(current().getStatus().next()); }
    public String organizationName(String organizationId) { return work.organizationName(organizationId); }
    public boolean isOverdue() { return current().isOverdueAt(work.now()); }
    public String assigneeName() {
        Long assigned = current().getAssigneeId();
        return assigned == null ? null : getColleagues().stream().filter(m -> m.accountId() == assigned)
                .map(Member::displayName).findFirst().orElse(null);
    }

    public long getId() { return id; }
    public Long getAssignee() { return assignee; }
    public void setAssignee(Long assignee) { this.assignee = assignee; }
    public RequestStatus getTarget() { return target; }
    public void setTarget(RequestStatus target) { this.target = target; }
    public TriageLevel getTriage() { return triage; }
    public void setTriage(TriageLevel triage) { this.triage = triage; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isToFamily() { return toFamily; }
    public void setToFamily(boolean toFamily) { this.toFamily = toFamily; }
    public LocalDate getTaskDue() { return taskDue; }
    public void setTaskDue(LocalDate taskDue) { this.taskDue = taskDue; }
    public String getTaskText() { return taskText; }
    public void setTaskText(String taskText) { this.taskText = taskText; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public String getReferralBrief() { return referralBrief; }
    public void setReferralBrief(String referralBrief) { this.referralBrief = referralBrief; }
}
