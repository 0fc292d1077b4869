/**
 * The launcher behind {@code mvn -Prun package} (module ops/launcher): starts the embedded MariaDB
 * (module ops/embedded-mariadb) or uses an external one, then Payara Micro with the portal's WAR
 * (module portal-web/webapp), watches both and stops everything cleanly on Ctrl-C.
 */
package org.familyportal.ops.launch;
