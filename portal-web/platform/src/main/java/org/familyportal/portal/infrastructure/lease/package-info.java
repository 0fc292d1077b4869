/**
 * Database leases for scheduled jobs: with several servers on one database, each job runs on the one
 * server that holds its lease (a row of {@code job_lease}), taken over by another when the holder stops
 * renewing it. Not a per-server timer and not a lock held by a connection: a lease outlives a broken
 * connection and lapses by itself.
 */
package org.familyportal.portal.infrastructure.lease;
