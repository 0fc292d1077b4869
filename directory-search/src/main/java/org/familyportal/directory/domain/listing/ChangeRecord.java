package org.familyportal.directory.domain.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the directory's change log, stored as HSDS {@code metadata}: who changed which field
 * of which record, when, from what to what. It travels with the data in exports and the public API,
 * so {@code updated_by} names a role ({@link #MODERATOR}, {@link #ADMINISTRATOR}, {@link #IMPORT}, {@link #MEMBER}),
 * never a person; the staff account that made the change is kept apart ({@code changed_by}, seen
 * only on the moderation pages).
 */
@Entity
@Table(name = "metadata")
public class ChangeRecord implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Published authors: the role that made a change. */
    public static final String MODERATOR = "moderator";
    public static final String ADMINISTRATOR = "administrator";
    public static final String IMPORT = "import";
    /** A member of the organisation itself (sign-up and claims). */
    public static final String MEMBER = "member";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "resource_id", nullable = false, length = 36)
    private String resourceId;

    @Column(name = "resource_type", nullable = false)
    private String resourceType;

    @Column(name = "last_action_date", nullable = false)
    private LocalDate date;

    @Column(name = "last_action_type", nullable = false)
    private String action;

    @Column(name = "field_name", nullable = false)
    private String field;

    @Column(name = "previous_value", nullable = false)
    private String previousValue;

    @Column(name = "replacement_value", nullable = false)
    private String replacementValue;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "changed_by", length = 254)
    private String changedBy;

    protected ChangeRecord() {
        // for JPA
    }

    /**
     * @param updatedBy the role, as published ({@link #MODERATOR}...)
     * @param changedBy the staff account that made the change (not published), or null
     */
    public ChangeRecord(String resourceId, String resourceType, LocalDate date, String action, String field,
                        String previousValue, String replacementValue, String updatedBy, String changedBy) {
        this.id = UUID.randomUUID().toString();
        this.resourceId = resourceId;
        this.resourceType = resourceType;
        this.date = date;
        this.action = action;
        this.field = field;
        this.previousValue = previousValue == null ? "" : previousValue;
        this.replacementValue = replacementValue == null ? "" : replacementValue;
        this.updatedBy = updatedBy;
        this.changedBy = changedBy;
    }

    public String getId() {
        return id;
    }

    public String getResourceId() {
        return resourceId;
    }

    public String getResourceType() {
        return resourceType;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getPreviousValue() {
        return previousValue;
    }

    public String getReplacementValue() {
        return replacementValue;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** The staff account behind the change (for staff only), or null. */
    public String getChangedBy() {
        return changedBy;
    }
}
