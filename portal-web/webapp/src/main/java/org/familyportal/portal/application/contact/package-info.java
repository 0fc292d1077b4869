/**
 * The numbers a family in trouble needs at once (emergency, hotline, crisis contacts per region), as
 * configured: shown on every page and given by the REST API alike.
 */
package org.familyportal.portal.application.contact;
