package org.familyportal.portal.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The path of a request inside the application, worked out once by {@link EdgeGate} from the raw
 * request line and used by every filter that decides by path ({@code RestrictedAreaFilter}, the limits,
 * the multipart gate). Only a canonical path is accepted: percent-escapes of ordinary characters are
 * decoded ({@code /%61dmin/} is {@code /admin/}), but a path with dot segments ({@code /./},
 * {@code /../}, a trailing {@code /.}), empty segments, path parameters ({@code ;x}), an escaped
 * slash, backslash or control character, or broken UTF-8 is not: browsers never send one, and such a
 * path could be read one way by a filter and another way by the container.
 */
public final class RequestPath {

    static final String ATTRIBUTE = RequestPath.class.getName();

    private RequestPath() {
    }

    /**
     * The decoded path of {@code rawUri} (as {@link HttpServletRequest#getRequestURI()} gives it) below
     * {@code contextPath}, or empty when it is not canonical.
     */
    public static Optional<String> canonical(String rawUri, String contextPath) {
        if (rawUri == null || contextPath == null || !rawUri.startsWith(contextPath)) {
            return Optional.empty();
        }
        String raw = rawUri.substring(contextPath.length());
        if (raw.isEmpty()) {
            raw = "/";
        }
        if (!raw.startsWith("/") || raw.indexOf(';') >= 0) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(raw);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last)) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /**
     * The path the filters decide by: on the original request, the canonical path the gate worked out
     * (null when none); on a forward or include, the container's path of the target.
     */
    public static String of(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.REQUEST && request.getAttribute(ATTRIBUTE) instanceof String path) {
            return path;
        }
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                int b = high * 16 + low;
                if (b == '/' || b == '\\' || b == '%' || b < 0x20 || b == 0x7f) {
                    return Optional.empty();
                }
                bytes.write(b);
                i += 2;
            } else if (c < 0x20 || c == 0x7f || c == '\\' || c > 0x7e) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
