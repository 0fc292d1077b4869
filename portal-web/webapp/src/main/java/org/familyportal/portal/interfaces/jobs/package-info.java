/**
 * Background jobs the WAR runs across the portal's contexts: the deadline watch (overdue, unrouted and
 * expired help requests, old reports of wrong information in the directory) and the verification
 * reminders to organisations. A timer drives use cases as a page or a REST call does, so the jobs are
 * interfaces, not infrastructure. Each turn runs on the server holding the job's database lease
 * ({@code infrastructure.lease.JobLease}), so it runs once however many servers run.
 */
package org.familyportal.portal.interfaces.jobs;
