/**
 * Background jobs the WAR runs across the portal's contexts: the deadline watch (overdue, unrouted and
 * expired help requests, old reports of wrong information in the directory). A timer drives use cases
 * as a page or a REST call does, so the jobs are interfaces, not infrastructure.
 */
package org.familyportal.portal.interfaces.jobs;
