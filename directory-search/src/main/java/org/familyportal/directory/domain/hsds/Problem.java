package org.familyportal.directory.domain.hsds;

/** Why a value, a row or a whole file of HSDS data was rejected. Names are message keys too. */
public enum Problem {
    REQUIRED,
    NOT_A_UUID,
    NOT_AN_EMAIL,
    NOT_A_URI,
    NOT_A_NUMBER,
    NOT_A_DATE,
    NOT_A_DATETIME,
    NOT_A_TIME,
    NOT_ALLOWED,
    OUT_OF_RANGE,
    UNKNOWN_REFERENCE,
    /** An optional reference to a row that does not exist: the row is kept, the reference cleared. */
    DANGLING_REFERENCE_CLEARED,
    DUPLICATE_ID,
    UNKNOWN_FILE,
    NOT_UTF8,
    MALFORMED,
    MISSING_COLUMN,
    WRITE_FAILED
}
