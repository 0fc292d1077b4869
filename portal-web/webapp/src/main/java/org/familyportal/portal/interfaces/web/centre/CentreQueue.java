package org.familyportal.portal.interfaces.web.centre;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.application.request.CentreWork;
import org.familyportal.portal.application.access.Viewer;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.QueueOrder;
import org.familyportal.portal.domain.request.RequestStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    private String sort;
    private QueueOrder order = QueueOrder.STANDARD;

    private List<HelpRequest> requests;
    private long total;

    public void load() {
        CentreWork.QueueFilter filter = new CentreWork.QueueFilter(parsedStatus(), parsedStatus() == null && !"ALL".equals(status),
                urgent, mine, overdue);
        Viewer viewer = viewer(security);
        total = work.count(viewer, filter);
        page = Math.max(0, Math.min(page, MAX_PAGE));
        order = QueueOrder.parse(sort);
        requests = work.queue(viewer, filter, order, page * PAGE, PAGE);
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

    /** The sort parameter a click on the header of {@code column} asks for (the other way round when sorted by it). */
    public String sortBy(String column) {
        return order.toggled(QueueOrder.Column.valueOf(column)).asParameter();
    }

    /** "ascending", "descending" or "none": the header's {@code aria-sort}. */
    public String ariaSort(String column) {
        if (order.column() != QueueOrder.Column.valueOf(column)) {
            return "none";
        }
        return order.descending() ? "descending" : "ascending";
    }

    /** The current filters and sort as query parameters, for the paging links. */
    public String getQuery() {
        return "status=" + (status == null ? "" : URLEncoder.encode(status, StandardCharsets.UTF_8))
                + "&urgent=" + urgent + "&mine=" + mine + "&overdue=" + overdue + "&sort=" + order.asParameter();
    }

    public List<HelpRequest> getRequests() { return requests; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
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
