package org.familyportal.portal.interfaces.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Russian first, English complete: both bundles have the same keys, and every key a page uses exists. */
class ResourceBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(load("i18n/messages_ru.properties").stringPropertyNames(),
                load("i18n/messages_en.properties").stringPropertyNames());
        assertEquals(load("ValidationMessages_ru.properties").stringPropertyNames(),
                load("ValidationMessages_en.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Set<String> keys = load("i18n/messages_ru.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + page.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    @Test
    void noBundleValueIsBlank() throws IOException {
        for (String bundle : new String[] {"i18n/messages_ru.properties", "i18n/messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), bundle + ": " + key);
            }
        }
    }

    /**
     * A key written twice is a merge's leftover (the bundles are merged line by line, so two branches that
     * each changed a text keep both lines): the later one silently wins, whichever was meant.
     */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : new String[] {"i18n/messages_ru.properties", "i18n/messages_en.properties",
                "ValidationMessages_ru.properties", "ValidationMessages_en.properties"}) {
            Set<Object> twice = new TreeSet<>();
            Properties counting = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object key, Object value) {
                    Object earlier = super.put(key, value);
                    if (earlier != null) {
                        twice.add(key);
                    }
                    return earlier;
                }
            };
            try (InputStream in = ResourceBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
                assertTrue(in != null, bundle);
                counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertTrue(twice.isEmpty(), bundle + " defines these keys more than once: " + twice);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ResourceBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
