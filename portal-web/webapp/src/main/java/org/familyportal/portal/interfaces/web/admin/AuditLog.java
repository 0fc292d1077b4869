package org.familyportal.portal.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditEntry;

import java.util.List;

/** Backing bean of {@code admin/audit.xhtml}: the audit trail, newest first, by request or person (GET filters). */
@Named
@RequestScoped
public class AuditLog {

    static final int PAGE = 100;

    @Inject
    AuditTrail trail;

    private Long request;
    private String actor;
    private int page;
    private List<AuditEntry> entries;
    private long total;

    public void load() {
        total = trail.count(request, actor);
        page = Math.max(0, Math.min(page, 100_000));
        entries = trail.entries(request, actor, page * PAGE, PAGE);
    }

    public List<AuditEntry> getEntries() { return entries; }
    public long getTotal() { return total; }
    public boolean isHasNext() { return (long) (page + 1) * PAGE < total; }
    public Long getRequest() { return request; }
    public void setRequest(Long request) { this.request = request; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
