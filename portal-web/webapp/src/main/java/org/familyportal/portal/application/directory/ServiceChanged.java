package org.familyportal.portal.application.directory;

/** A service of the directory was created, changed, verified or retired. */
public record ServiceChanged(String serviceId) {
}
