package org.familyportal.directory.domain.listing;

/** The HSDS service statuses. */
public enum ServiceStatus {
    ACTIVE("active"),
    INACTIVE("inactive"),
    DEFUNCT("defunct"),
    TEMPORARILY_CLOSED("temporarily closed");

    private final String hsds;

    ServiceStatus(String hsds) {
        this.hsds = hsds;
    }

    /** The value as HSDS writes it. */
    public String hsds() {
        return hsds;
    }

    public static ServiceStatus ofHsds(String value) {
        for (ServiceStatus status : values()) {
            if (status.hsds.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Not an HSDS service status: " + value);
    }
}
