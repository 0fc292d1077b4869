/**
 * The directory from the command line ({@code DirectoryCommand}, module ops/directory-cli): HSDS import
 * and export and the load of a region's list of places, on the portal's database (embedded or
 * external, as the launcher finds it).
 */
package org.familyportal.ops.directory;
