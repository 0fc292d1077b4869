/**
 * The one-command start of the portal ({@code PortalLauncher}, behind {@code mvn -Prun package}, module
 * ops/launcher): settings from the environment, the embedded MariaDB (module ops/embedded-mariadb) or
 * an external one, then Payara Micro with the portal's WAR (module portal-web/webapp), judged ready by
 * its health check, its log in rotated files, everything stopped cleanly on Ctrl-C.
 */
package org.familyportal.ops.launch;
