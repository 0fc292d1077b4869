package org.familyportal.portal.application.access;

/**
 * Who is acting on help requests: the e-mail they signed in with, and whether they administer the portal.
 * Built from the security context ({@code CurrentCaller#viewer}); CentreWork checks any Viewer it is given
 * against that context, so a page cannot widen its reach by building one.
 */
public record Viewer(String email, boolean admin) {
}
