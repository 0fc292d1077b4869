/**
 * What every page shares: the current language and its cookie, bundle messages through OmniFaces
 * ({@code BundleMessages}), how moments are shown, the emergency contacts, paged tables, and
 * signing in and out.
 */
package org.familyportal.portal.interfaces.web;
