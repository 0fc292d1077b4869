/**
 * The directory as moderators edit it: services and organisations (JPA entities over the HSDS
 * tables), their statuses, the change log of who changed which field, and reports of wrong
 * information.
 */
package org.familyportal.directory.domain.listing;
