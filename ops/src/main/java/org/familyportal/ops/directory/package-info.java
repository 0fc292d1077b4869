/**
 * The directory from the command line ({@code DirectoryCommand}): import and export of HSDS data on
 * the portal's database, external or embedded.
 */
package org.familyportal.ops.directory;
