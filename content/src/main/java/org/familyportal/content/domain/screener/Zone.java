package org.familyportal.content.domain.screener;

/** A municipality's zone inside its region (e.g. the Far North and the areas counted as such). */
public record Zone(String municipality, String region, String zone) {
}
