package org.familyportal.content.domain.screener;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A stored {@link TestHousehold}, in the rules' JSON notation. */
@Entity
@Table(name = "screener_test_household")
@NamedQuery(name = "TestHouseholdEntry.all", query = "SELECT h FROM TestHouseholdEntry h ORDER BY h.id")
public class TestHouseholdEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "definition_json", nullable = false)
    private String definitionJson;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 320)
    private String updatedBy;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    protected TestHouseholdEntry() {
    }

    public TestHouseholdEntry(TestHousehold h, String by, LocalDateTime at, boolean demo) {
        this.demo = demo;
        change(h, by, at);
    }

    public void change(TestHousehold h, String by, LocalDateTime at) {
        if (h.name().length() > 200) {
            throw new IllegalArgumentException("a test household's name is up to 200 characters");
        }
        this.name = h.name();
        this.definitionJson = RuleJson.write(h);
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public TestHousehold toTestHousehold() {
        return RuleJson.readTestHousehold(definitionJson);
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String definitionJson() { return definitionJson; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
