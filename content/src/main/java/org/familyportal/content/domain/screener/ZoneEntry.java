package org.familyportal.content.domain.screener;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A stored {@link Zone}. */
@Entity
@Table(name = "screener_zone")
@NamedQuery(name = "ZoneEntry.all", query = "SELECT z FROM ZoneEntry z ORDER BY z.municipality")
public class ZoneEntry {

    @Id
    @Column(name = "municipality_code", length = 64)
    private String municipality;

    @Column(name = "region_code", nullable = false, length = 16)
    private String region;

    @Column(name = "zone", nullable = false, length = 32)
    private String zone;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    protected ZoneEntry() {
    }

    public ZoneEntry(Zone z, boolean demo) {
        this.municipality = z.municipality();
        this.region = z.region();
        this.zone = z.zone();
        this.demo = demo;
    }

    public Zone toZone() {
        return new Zone(municipality, region, zone);
    }
}
