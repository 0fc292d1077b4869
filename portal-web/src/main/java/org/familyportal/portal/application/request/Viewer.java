package org.familyportal.portal.application.request;

/** Who is acting on help requests: the e-mail they signed in with, and whether they administer the portal. */
public record Viewer(String email, boolean admin) {
}
