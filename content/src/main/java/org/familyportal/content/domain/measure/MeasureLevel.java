package org.familyportal.content.domain.measure;

/** Who pays or grants the measure: the federation, a region, or a municipality. */
public enum MeasureLevel {
    FEDERAL, REGIONAL, MUNICIPAL
}
