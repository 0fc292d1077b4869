package org.familyportal.content.domain.screener;

/** How a child is in the family. */
public enum Relation {
    /** Born into the family. */
    OWN,
    /** Adopted. */
    ADOPTED,
    /** Under guardianship (опека, попечительство). */
    GUARDIANSHIP,
    /** In a foster family (приёмная семья). */
    FOSTER;

    public boolean placed() {
        return this != OWN;
    }
}
