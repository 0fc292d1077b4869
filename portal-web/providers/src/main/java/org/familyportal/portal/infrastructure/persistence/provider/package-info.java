/**
 * The providers' context on MariaDB: {@link org.familyportal.portal.infrastructure.persistence.provider.JpaProviderMembershipRepository}
 * implements the domain's repository with JPQL named on the entities and SQL on other contexts' tables
 * named in {@code META-INF/providers-orm.xml}.
 */
package org.familyportal.portal.infrastructure.persistence.provider;
