package org.familyportal.portal.infrastructure.database;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The columns hold UTC whatever zone the JVM runs in: every connection's session is in UTC. */
class ConfiguredMariaDbDataSourceTest {

    @Test
    void everyConnectionOfThePortalHasAUtcSession() {
        assertEquals("jdbc:mariadb://localhost:3306/portal?sessionVariables=time_zone='+00:00'",
                ConfiguredMariaDbDataSource.inUtc("jdbc:mariadb://localhost:3306/portal"));
        assertEquals("jdbc:mariadb://localhost/portal?useSsl=false&sessionVariables=time_zone='+00:00'",
                ConfiguredMariaDbDataSource.inUtc("jdbc:mariadb://localhost/portal?useSsl=false"));
        assertEquals("jdbc:mariadb://h/p?sessionVariables=time_zone='+00:00',sql_mode='ANSI'",
                ConfiguredMariaDbDataSource.inUtc("jdbc:mariadb://h/p?sessionVariables=sql_mode='ANSI'"));
        assertEquals("jdbc:mariadb://h/p?sessionVariables=time_zone='+03:00'",
                ConfiguredMariaDbDataSource.inUtc("jdbc:mariadb://h/p?sessionVariables=time_zone='+03:00'"));
    }
}
