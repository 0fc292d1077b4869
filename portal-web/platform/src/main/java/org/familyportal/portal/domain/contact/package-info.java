/**
 * Contact details people give the portal (a phone number), in the form in which they are compared
 * and looked up; shared by help requests and the key rotation that re-hashes their lookup columns.
 */
package org.familyportal.portal.domain.contact;
