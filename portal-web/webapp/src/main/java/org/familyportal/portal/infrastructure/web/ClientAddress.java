package org.familyportal.portal.infrastructure.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a request comes from, for the per-client limits. Behind reverse proxies, {@code X-Forwarded-For}
 * lists the hops, each proxy appending the address it received the request from; only the hops
 * added by our own proxies can be believed. So the list is walked from the right, past every trusted
 * proxy (given as addresses or CIDR ranges, {@code *} for any); the first untrusted hop is the
 * client. A client with an IPv6 address is counted by its /64 network, which one household or
 * phone holds as a whole (and can change addresses within at will).
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final boolean trustAll;
    private final List<Range> trusted;

    private ClientAddress(boolean trustAll, List<Range> trusted) {
        this.trustAll = trustAll;
        this.trusted = trusted;
    }

    /**
     * @param trustedProxies comma-separated addresses and CIDR ranges ({@code 10.0.0.0/8},
     *                       {@code fd00::/8}), {@code *} for any, {@code none} or empty for none
     * @throws IllegalArgumentException for an entry that is neither
     */
    public static ClientAddress trusting(String trustedProxies) {
        boolean all = false;
        List<Range> ranges = new ArrayList<>();
        for (String entry : Arrays.stream(trustedProxies == null ? new String[0] : trustedProxies.split(","))
                .map(String::strip).filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("none")).toList()) {
            if (entry.equals("*")) {
                all = true;
            } else {
                ranges.add(Range.parse(entry)
                        .orElseThrow(() -> new IllegalArgumentException("Not an address or CIDR range: " + entry)));
            }
        }
        return new ClientAddress(all, List.copyOf(ranges));
    }

    /** The client's address: {@code remote} itself unless it is a trusted proxy. */
    public String of(String remote, String forwardedFor) {
        if (!isTrusted(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        String client = remote;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop).isEmpty()) {
                // A hop that is no address was not written by a proxy of ours: the one that passed it on is the client.
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** The key the limits count by: an IPv4 address as it is, an IPv6 address by its /64 network. */
    public static String limitKey(String address) {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isPresent() && parsed.get().getAddress().length == 16) {
            byte[] bytes = parsed.get().getAddress();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return key.append(":/64").toString();
        }
        return parsed.map(InetAddress::getHostAddress).orElse(address);
    }

    private boolean isTrusted(String address) {
        if (trustAll) {
            return true;
        }
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    /** Parses an IP literal, never a host name (no DNS look-up). */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range. */
    private record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String text) {
            int slash = text.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1).strip());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(bytes, prefix));
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
