/**
 * Container and browser tests of the whole portal (Arquillian on Payara Micro, Selenium), with
 * their test database, staff accounts and HTTP clients.
 */
package org.familyportal.portal.it;
