package org.familyportal.ops.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchSettingsTest {

    private static Properties system(String... pairs) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/anna");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void withNoConfigurationTheEmbeddedDatabaseLivesInTheHomeFolder() {
        LaunchSettings settings = LaunchSettings.from(Map.of(), system());
        assertEquals(Path.of("/home/anna/.family-portal"), settings.dataHome());
        assertEquals(8080, settings.httpPort());
        assertTrue(settings.externalDatabase().isEmpty());
        assertTrue(settings.adminPassword().isEmpty(), "no default password: one is generated");
    }

    @Test
    void anExternalDatabaseIsChosenByEnvironment() {
        LaunchSettings settings = LaunchSettings.from(Map.of("PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:3306/portal",
                "PORTAL_DB_USER", "portal", "PORTAL_DB_PASSWORD", "s"), system());
        assertEquals("jdbc:mariadb://127.0.0.1:3306/portal", settings.externalDatabase().orElseThrow().url());
        assertEquals("portal", settings.externalDatabase().orElseThrow().user());
        assertEquals("s", settings.externalDatabase().orElseThrow().password());
    }

    @Test
    void systemPropertiesAreTheSameSettingsSpelledWithDots() {
        LaunchSettings settings = LaunchSettings.from(Map.of(),
                system("portal.db.url", "jdbc:mariadb://db/portal", "portal.http.port", "9090", "portal.data.dir", "/srv/portal"));
        assertEquals("root", settings.externalDatabase().orElseThrow().user());
        assertEquals("", settings.externalDatabase().orElseThrow().password());
        assertEquals(9090, settings.httpPort());
        assertEquals(Path.of("/srv/portal"), settings.dataHome());
    }

    @Test
    void aBadPortIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchSettings.from(Map.of("PORTAL_HTTP_PORT", "eighty"), system()));
        assertTrue(e.getMessage().contains("PORTAL_HTTP_PORT"));
    }

    @Test
    void payarasLogIsRotatedAndCappedBySettings() {
        LaunchSettings settings = LaunchSettings.from(Map.of("PORTAL_LOG_FILE_MB", "20", "PORTAL_LOG_FILES", "3"), system());
        assertEquals(20L << 20, settings.log().fileBytes());
        assertEquals(3, settings.log().files());
        assertEquals(60L << 20, settings.log().maxBytes());
        LaunchSettings.LogRotation defaults = LaunchSettings.from(Map.of(), system()).log();
        assertEquals(50L << 20, defaults.maxBytes(), "10 MB × 5 files unless configured");
        assertThrows(IllegalArgumentException.class, () -> LaunchSettings.from(Map.of("PORTAL_LOG_FILES", "0"), system()));
    }
}
