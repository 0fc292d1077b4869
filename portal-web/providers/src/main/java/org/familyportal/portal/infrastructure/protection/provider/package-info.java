/**
 * The providers' personal columns the platform encrypts: which they are and their JPA converters.
 */
package org.familyportal.portal.infrastructure.protection.provider;
