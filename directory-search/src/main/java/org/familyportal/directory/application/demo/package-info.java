/**
 * The demo directory: an invented but believable directory for the demo regions ({@code
 * DemoDirectory}), loaded once through the regular HSDS import ({@code DemoDataLoad}), at the
 * first start of a portal that asks for it ({@code DemoDirectoryStartup}).
 */
package org.familyportal.directory.application.demo;
