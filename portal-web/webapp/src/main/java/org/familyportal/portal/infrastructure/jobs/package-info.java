/**
 * Background jobs the WAR runs across the portal's contexts: the deadline watch (overdue, unrouted and
 * expired help requests, old reports of wrong information in the directory).
 */
package org.familyportal.portal.infrastructure.jobs;
