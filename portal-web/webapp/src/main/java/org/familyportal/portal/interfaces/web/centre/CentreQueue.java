package org.familyportal.portal.interfaces.web.centre;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.application.request.CentreWork;
import org.familyportal.portal.application.access.Viewer;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.RequestStatus;

import java.time.Instant;
import java.util.List;

/**
 * Backing bean of {@code centre/index.xhtml}: the centre's requests with filters in GET parameters
 * (so a filtered queue can be bookmarked), urgent and unacknowledged ones first, overdue ones marked.
 */
@Named
@RequestScoped
public class CentreQueue {

    static final int PAGE = 50;
    static final int MAX_PAGE = 10_000;

    @Inject
    CentreWork work;

    @Inject
    SecurityContext security;

    private String status;
    private boolean urgent;
    private boolean mine;
    private boolean overdue;
    private int page;

    private List<HelpRequest> requests;
    private long total;

    public void load() {
        CentreWork.QueueFilter filter = new CentreWork.QueueFilter(parsedStatus(), parsedStatus() == null && !"ALL".equals(status),
                urgent, mine, overdue);
        Viewer viewer = viewer(security);
        total = work.count(viewer, filter);
        page = Math.max(0, Math.min(page, MAX_PAGE));
        requests = work.queue(viewer, filter, page * PAGE, PAGE);
    }

    static Viewer viewer(SecurityContext security) {
        return new Viewer(security.getCallerPrincipal().getName(), security.isCallerInRole("ADMIN"));
    }

    private RequestStatus parsedStatus() {
        try {
            return status == null || status.isBlank() || "ALL".equals(status) ? null : RequestStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isOverdue(HelpRequest request) {
        return request.isOverdueAt(Instant.now());
    }

    public List<HelpRequest> getRequests() { return requests; }
    public long getTotal() { return total; }
    public boolean isHasNext() { return (long) (page + 1) * PAGE < total; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isUrgent() { return urgent; }
    public void setUrgent(boolean urgent) { this.urgent = urgent; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
