/**
 * The demo directory: an invented but believable directory for the demo regions ({@code
 * DemoDirectory}), loaded once through the regular HSDS import ({@code DemoDataLoad}).
 */
package org.familyportal.directory.application.demo;
