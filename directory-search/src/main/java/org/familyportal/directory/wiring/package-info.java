/**
 * Wiring of the directory module into a Jakarta EE host: CDI producers that bind the plain use-case
 * classes to the host's data source. The only package allowed to reach every layer (checked by the
 * module's architecture test); nothing else in the module depends on it.
 */
package org.familyportal.directory.wiring;
