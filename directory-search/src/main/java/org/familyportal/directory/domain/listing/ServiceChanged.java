package org.familyportal.directory.domain.listing;

/** A service of the directory was created, changed, verified or retired. */
public record ServiceChanged(String serviceId) {
}
