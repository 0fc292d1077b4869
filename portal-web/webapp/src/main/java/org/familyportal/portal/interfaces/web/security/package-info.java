/**
 * Who may open what, at the door: which staff areas each role may open ({@code AccessPolicy}) and the
 * filter that enforces it, answering 404 (never 403) to whoever may not see a page; the database
 * identity store behind Jakarta Security's sign-in ({@code PortalIdentityStore}) and the filter that
 * keeps every session in step with its account ({@code AccountSessionFilter}), both asking the account
 * use cases.
 */
package org.familyportal.portal.interfaces.web.security;
