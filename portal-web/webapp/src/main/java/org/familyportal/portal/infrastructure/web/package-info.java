/**
 * HTTP plumbing in front of the pages and the API: the edge filters (methods, body limits,
 * per-client limits, client errors answered as 4xx), security headers and the content security
 * policy, CSP nonces for forms posted without JavaScript, error views, and the portal's public
 * address.
 */
package org.familyportal.portal.infrastructure.web;
