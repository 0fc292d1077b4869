package org.familyportal.portal.interfaces.rest.telephony;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.familyportal.portal.application.request.ApiTokens;
import org.familyportal.portal.application.request.HelpRequestIntake;
import org.familyportal.portal.domain.request.CallOutcome;
import org.familyportal.portal.domain.request.CallerType;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.OperatorAction;
import org.familyportal.portal.domain.request.TriageLevel;
import org.familyportal.portal.interfaces.rest.ApiProblem;
import org.familyportal.portal.interfaces.rest.ProblemResponses;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/telephony/calls}: a telephony system logs a call, with {@code Authorization: Bearer
 * <token>} issued by an administrator. The call's own id ({@code callId}) makes retries safe.
 */
@Path("telephony/calls")
public class TelephonyResource {

    static final int BODY_MAX = 64 * 1024;
    /** A call is a flat object with a few lists; deeper nesting is refused before anything is built. */
    static final int DEPTH_MAX = 8;

    @Inject
    ApiTokens tokens;

    @Inject
    HelpRequestIntake intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response logCall(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException {
        // The token is checked before a byte of the body is read (the body arrives as a stream, not a
        // String JAX-RS would have read in whole); the unread rest is not drained, the connection closes.
        ApiTokens.Caller system = tokens.authenticate(bearer(authorization)).orElse(null);
        if (system == null) {
            return Response.fromResponse(ProblemResponses.problem(401, "Unauthorized", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"telephony\"")
                    .header("Connection", "close").build();
        }
        if (!utf8(contentType)) {
            // JSON is UTF-8 (RFC 8259); a body declared in another charset is not guessed at.
            throw new ApiProblem(Response.Status.UNSUPPORTED_MEDIA_TYPE, "api.error.encoding");
        }
        JsonObject call = parse(read(body));
        HelpRequestIntake.HotlineCall record = new HelpRequestIntake.HotlineCall(
                value(call, "callerType", CallerType.class, CallerType.PARENT),
                text(call, "callerName"), text(call, "callerPhone"), text(call, "municipality"),
                texts(call, "topics"), value(call, "triage", TriageLevel.class, null), text(call, "summary"),
                texts(call, "actions").stream().map(a -> enumValue("actions", a, OperatorAction.class)).toList(),
                texts(call, "recommendedServices"), value(call, "outcome", CallOutcome.class, null),
                call.get("durationSeconds") instanceof JsonNumber n ? n.intValue() : null);
        HelpRequest request = intake.logTelephonyCall(record, system.tokenId(), system.name(), text(call, "callId"));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("number", request.getNumber())
                .add("status", request.getStatus().name())
                .add("urgent", request.isUrgent())
                .build().toString()).build();
    }

    /** The body as text, at most {@link #BODY_MAX} bytes: reading stops one byte past the limit. */
    private static String read(InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(BODY_MAX + 1);
        if (bytes.length > BODY_MAX) {
            throw new ApiProblem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "api.body.tooLarge");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the declared charset, if any, is UTF-8. */
    static boolean utf8(String contentType) {
        if (contentType == null) {
            return true;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "").equalsIgnoreCase("utf-8");
            }
        }
        return true;
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    private static JsonObject parse(String body) {
        checkDepth(body);
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ApiProblem(Response.Status.BAD_REQUEST, "api.body.notJson");
        }
    }

    /** Walks the body as a stream (no tree, no recursion) and refuses nesting deeper than {@link #DEPTH_MAX}. */
    private static void checkDepth(String body) {
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > DEPTH_MAX) {
                        throw new ApiProblem(Response.Status.BAD_REQUEST, "api.body.tooDeep", DEPTH_MAX);
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new ApiProblem(Response.Status.BAD_REQUEST, "api.body.notJson");
        }
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new ApiProblem(Response.Status.BAD_REQUEST, "api.field.invalid", field);
    }

    private static List<String> texts(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new ApiProblem(Response.Status.BAD_REQUEST, "api.field.invalid", field);
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s)) {
                throw new ApiProblem(Response.Status.BAD_REQUEST, "api.field.invalid", field);
            }
            texts.add(s.getString());
        }
        return texts;
    }

    private static <E extends Enum<E>> E value(JsonObject json, String field, Class<E> type, E fallback) {
        String text = text(json, field);
        return text == null ? fallback : enumValue(field, text, type);
    }

    private static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(Response.Status.BAD_REQUEST, "api.field.invalid", field);
        }
    }
}
