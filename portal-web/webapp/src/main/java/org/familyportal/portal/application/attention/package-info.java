/**
 * What needs an administrator's attention across the portal's contexts (new and overdue help
 * requests, reports and drafts waiting for moderation, claims of membership, mail that could not be
 * sent), counted by each context's repositories for the administrator's start page.
 */
package org.familyportal.portal.application.attention;
