package org.familyportal.content.domain.screener;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stored {@link Parameter}: one value of a named number for a region and zone, over a period, with its source. */
@Entity
@Table(name = "screener_parameter")
@NamedQuery(name = "ParameterValue.all",
        query = "SELECT p FROM ParameterValue p ORDER BY p.name, p.region, p.zone, p.effectiveFrom")
public class ParameterValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = Parameter.NAME_LENGTH)
    private String name;

    @Column(name = "region_code", length = 16)
    private String region;

    @Column(name = "zone", length = 32)
    private String zone;

    @Column(name = "value", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "source", nullable = false, length = Parameter.SOURCE_LENGTH)
    private String source;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    protected ParameterValue() {
    }

    public ParameterValue(Parameter p, String by, LocalDateTime at, boolean demo) {
        this.name = p.name();
        this.region = p.region();
        this.zone = p.zone();
        this.value = p.value();
        this.effectiveFrom = p.effectiveFrom();
        this.effectiveTo = p.effectiveTo();
        this.source = p.source();
        this.createdBy = by;
        this.createdAt = at;
        this.demo = demo;
    }

    public Parameter toParameter() {
        return new Parameter(name, region, zone, value, effectiveFrom, effectiveTo, source);
    }

    /** Whether this value is of the same parameter, region and zone as {@code p}. */
    public boolean sameSeries(Parameter p) {
        return name.equals(p.name()) && java.util.Objects.equals(region, p.region()) && java.util.Objects.equals(zone, p.zone());
    }

    /** A newer value takes over from {@code from}: this one ends the day before (if it was still open then). */
    public void endBefore(LocalDate from) {
        if (effectiveFrom.isBefore(from) && (effectiveTo == null || !effectiveTo.isBefore(from))) {
            effectiveTo = from.minusDays(1);
        }
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String region() { return region; }
    public String zone() { return zone; }
    public BigDecimal value() { return value; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public LocalDate effectiveTo() { return effectiveTo; }
    public String source() { return source; }
    public LocalDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public boolean demo() { return demo; }
}
