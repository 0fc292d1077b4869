/** The measures in MariaDB through JPA, and the demo catalogue read from its JSON resource. */
package org.familyportal.content.infrastructure.measure;
