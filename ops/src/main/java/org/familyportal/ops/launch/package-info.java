/**
 * The one-command start of the portal ({@code PortalLauncher}): settings from the environment, an
 * embedded or external MariaDB, Payara Micro with the WAR, judged ready by its health check, with
 * its log in rotated files.
 */
package org.familyportal.ops.launch;
