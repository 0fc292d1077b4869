/**
 * Who is calling a use case, taken from the Jakarta Security context of the request, never from a
 * value a page built: application services check the caller's role and scope themselves, so a page
 * that forgets a check (or a URL rule that lets something through) still cannot act for someone else.
 */
package org.familyportal.portal.application.access;
