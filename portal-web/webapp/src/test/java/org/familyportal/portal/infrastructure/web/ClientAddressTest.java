package org.familyportal.portal.infrastructure.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClientWhateverTheHeaderSays() {
        ClientAddress clients = ClientAddress.trusting("none");
        assertEquals("203.0.113.7", clients.of("203.0.113.7", "10.0.0.1"));
        assertEquals("203.0.113.7", clients.of("203.0.113.7", null));
    }

    @Test
    void theFirstUntrustedHopFromTheRightIsTheClient() {
        ClientAddress clients = ClientAddress.trusting("10.0.0.0/8, 192.168.1.5");
        // The client forged "1.2.3.4"; our two proxies appended what they saw.
        assertEquals("198.51.100.23", clients.of("192.168.1.5", "1.2.3.4, 198.51.100.23, 10.1.2.3"));
        assertEquals("198.51.100.23", clients.of("10.9.9.9", "198.51.100.23"));
    }

    @Test
    void theLastHopAloneIsNotTakenWhenItIsAProxy() {
        ClientAddress clients = ClientAddress.trusting("10.0.0.0/8");
        // Before, the last hop ("10.1.2.3", our inner proxy) was taken for the client: everyone shared one quota.
        assertEquals("198.51.100.23", clients.of("10.0.0.2", "198.51.100.23, 10.1.2.3"));
    }

    @Test
    void anUntrustedConnectionIsNotBelievedEvenWithRangesConfigured() {
        ClientAddress clients = ClientAddress.trusting("10.0.0.0/8");
        assertEquals("203.0.113.7", clients.of("203.0.113.7", "198.51.100.23"));
        assertEquals("11.0.0.1", clients.of("11.0.0.1", "198.51.100.23"), "11/8 is outside 10/8");
    }

    @Test
    void everyHopTrustedLeavesTheLeftmostAsTheClient() {
        assertEquals("10.77.1.2", ClientAddress.trusting("*").of("127.0.0.1", "10.77.1.2"));
        assertEquals("10.77.1.2", ClientAddress.trusting("*").of("127.0.0.1", "10.77.1.2, 10.0.0.1"));
    }

    @Test
    void aHopThatIsNoAddressEndsTheWalk() {
        ClientAddress clients = ClientAddress.trusting("10.0.0.0/8");
        assertEquals("10.1.2.3", clients.of("10.0.0.2", "evil.example, 10.1.2.3"));
        assertEquals("198.51.100.23", clients.of("10.0.0.2", "unknown, 198.51.100.23"));
    }

    @Test
    void ipv6RangesMatch() {
        ClientAddress clients = ClientAddress.trusting("fd00::/8, ::1");
        assertEquals("2001:db8:1:2::5", clients.of("::1", "2001:db8:1:2::5, fd12::1"));
        assertEquals("2001:db8::9", clients.of("2001:db8::9", "198.51.100.23"));
    }

    @Test
    void cidrEdges() {
        ClientAddress clients = ClientAddress.trusting("192.168.4.0/22");
        assertEquals("198.51.100.1", clients.of("192.168.7.255", "198.51.100.1"));
        assertEquals("192.168.8.0", clients.of("192.168.8.0", "198.51.100.1"));
        assertEquals("198.51.100.1", ClientAddress.trusting("0.0.0.0/0").of("203.0.113.1", "198.51.100.1"));
    }

    @Test
    void aWrongEntryIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("proxy.example"));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertEquals(ClientAddress.limitKey("2001:db8:1:2::5"), ClientAddress.limitKey("2001:db8:1:2:ffff:1:2:3"));
        assertEquals("2001:db8:1:2::/64", ClientAddress.limitKey("2001:db8:1:2::5"));
        assertEquals("198.51.100.23", ClientAddress.limitKey("198.51.100.23"));
        assertEquals("2001:db8:1:3::/64", ClientAddress.limitKey("[2001:db8:1:3::1]"));
    }
}
