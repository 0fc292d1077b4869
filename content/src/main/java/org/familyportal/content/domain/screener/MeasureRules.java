package org.familyportal.content.domain.screener;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/**
 * The stored rule of one measure: the published text (what families are screened with) and an
 * editor's draft, both in the rules' JSON notation ({@link RuleJson}).
 */
@Entity
@Table(name = "screener_rule")
@NamedQuery(name = "MeasureRules.all", query = "SELECT r FROM MeasureRules r ORDER BY r.code")
public class MeasureRules {

    @Id
    @Column(name = "measure_code", length = 64)
    private String code;

    @Column(name = "published_json")
    private String publishedJson;

    @Column(name = "draft_json")
    private String draftJson;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by", length = 320)
    private String publishedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 320)
    private String updatedBy;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected MeasureRules() {
    }

    /** A rule published at once (the demo rules, a new measure's first rule). */
    public static MeasureRules published(Rule rule, String by, LocalDateTime at, boolean demo) {
        MeasureRules r = new MeasureRules();
        r.code = rule.code();
        r.publishedJson = RuleJson.write(rule);
        r.publishedAt = at;
        r.publishedBy = by;
        r.updatedAt = at;
        r.updatedBy = by;
        r.demo = demo;
        return r;
    }

    /** Keeps an editor's draft (already read as a valid rule of this measure). */
    public void draft(Rule rule, String by, LocalDateTime at) {
        if (!rule.code().equals(code)) {
            throw new IllegalArgumentException("the draft is for " + rule.code() + ", not " + code);
        }
        draftJson = RuleJson.write(rule);
        updatedAt = at;
        updatedBy = by;
    }

    /** The draft becomes the published rule. */
    public void publish(String by, LocalDateTime at) {
        if (draftJson == null) {
            throw new IllegalStateException("nothing to publish");
        }
        publishedJson = draftJson;
        draftJson = null;
        publishedAt = at;
        publishedBy = by;
        updatedAt = at;
        updatedBy = by;
    }

    public void discardDraft() {
        draftJson = null;
    }

    public Rule publishedRule() {
        return publishedJson == null ? null : RuleJson.readRule(publishedJson);
    }

    public String code() { return code; }
    public String publishedJson() { return publishedJson; }
    public String draftJson() { return draftJson; }
    public LocalDateTime publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public boolean demo() { return demo; }
}
