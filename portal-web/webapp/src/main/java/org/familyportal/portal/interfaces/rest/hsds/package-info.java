/**
 * The read-only Open Referral HSDS 3.0 API under {@code /api/hsds}, paged, with ETags, and its
 * parameter checks.
 */
package org.familyportal.portal.interfaces.rest.hsds;
