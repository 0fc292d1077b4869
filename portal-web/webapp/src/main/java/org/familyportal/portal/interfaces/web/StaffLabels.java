package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.TriageLevel;
import org.omnifaces.util.Faces;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words staff read for what the portal stores as codes: an audit entry's detail and a
 * timeline event's text, in the page's language from the bundle ({@code audit.detail.*} and the
 * enums' keys). The use cases write each detail in one of the shapes of {@link #DETAILS}; each
 * shape is a bundle key with its arguments, an argument that is itself a stored code (a status, a
 * triage level, a channel) shown by its own label. A detail of no known shape is shown as stored.
 */
@Named
@ApplicationScoped
public class StaffLabels {

    /** One shape of an audit detail: the pattern it is written in, its bundle key, and how each argument reads. */
    record Shape(Pattern pattern, String key, String... argumentLabels) {
        Shape(String regex, String key, String... argumentLabels) {
            this(Pattern.compile(regex, Pattern.DOTALL), key, argumentLabels);
        }
    }

    private static final String AS_IS = "";

    /** Every detail the portal's use cases write, with the key it is read by (see the audit.detail.* keys). */
    static final List<Shape> DETAILS = List.of(
            new Shape("status (\\w+) -> (\\w+)", "audit.detail.status", "RequestStatus.", "RequestStatus."),
            new Shape("assigned to (.+)", "audit.detail.assigned", AS_IS),
            new Shape("triage (\\w+)", "audit.detail.triage", "TriageLevel."),
            new Shape("task added", "audit.detail.taskAdded"),
            new Shape("task done", "audit.detail.taskDone"),
            new Shape("note", "audit.detail.note"),
            new Shape("reply", "audit.detail.reply"),
            new Shape("referral to (.+)", "audit.detail.referralTo", AS_IS),
            new Shape("referral (\\d+) by link", "audit.detail.referralByLink", AS_IS),
            new Shape("referral (\\d+) (SENT|ACCEPTED|DECLINED|COMPLETED)", "audit.detail.referralAnswered", AS_IS, "ReferralStatus."),
            new Shape("referral (\\d+)", "audit.detail.referralRead", AS_IS),
            new Shape("routed to (.+)", "audit.detail.routed", AS_IS),
            new Shape("(ONLINE|HOTLINE|TELEPHONY)", "audit.detail.received", "Channel."),
            new Shape("retention (\\S+)", "audit.detail.retention", AS_IS),
            new Shape("as an earlier request of the caller", "audit.detail.earlierRequest"),
            new Shape("repeat caller lookup, (\\d+) found", "audit.detail.callerLookup", AS_IS),
            new Shape("account (\\S+) confirmed its e-mail", "audit.detail.accountConfirmed", AS_IS),
            new Shape("account (\\S+) password set through a mailed link", "audit.detail.passwordSetByLink", AS_IS),
            new Shape("account (\\S+) password reset link mailed", "audit.detail.passwordLinkMailed", AS_IS),
            new Shape("account (\\S+) password reset by an administrator", "audit.detail.passwordReset", AS_IS),
            new Shape("account (\\S+) changed its own password", "audit.detail.passwordChanged", AS_IS),
            new Shape("account (\\S+) disabled", "audit.detail.accountDisabled", AS_IS),
            new Shape("account (\\S+) enabled", "audit.detail.accountEnabled", AS_IS),
            new Shape("account (\\S+) roles (\\[.*\\]) -> (\\[.*\\])", "audit.detail.roles", AS_IS, AS_IS, AS_IS),
            new Shape("account (\\S+) opened, roles (\\[.*\\])", "audit.detail.accountOpened", AS_IS, AS_IS),
            new Shape("account (\\S+) joins (\\S+)", "audit.detail.joins", AS_IS, AS_IS),
            new Shape("account (\\S+) leaves (\\S+)", "audit.detail.leaves", AS_IS, AS_IS),
            new Shape("account (\\S+)", "audit.detail.account", AS_IS),
            new Shape("sign-up with the address of account (\\S+).*", "audit.detail.signUpTaken", AS_IS),
            new Shape("claim (\\d+) approved: account (\\S+).*", "audit.detail.claimApproved", AS_IS, AS_IS),
            new Shape("claim (\\d+) rejected: account (\\S+).*", "audit.detail.claimRejected", AS_IS, AS_IS),
            new Shape("claim (\\d+): account (\\S+).*", "audit.detail.claimMade", AS_IS, AS_IS),
            new Shape("membership claims waiting, (\\d+) shown", "audit.detail.claimsRead", AS_IS),
            new Shape("centre of (\\S+) set to (\\S+)", "audit.detail.centreSet", AS_IS, AS_IS),
            new Shape("telephony token issued: (.+)", "audit.detail.tokenIssued", AS_IS),
            new Shape("telephony token revoked: (.+)", "audit.detail.tokenRevoked", AS_IS),
            new Shape("data key: re-encryption started", "audit.detail.reencryption"),
            new Shape("(\\d+) dead letters handed back to delivery", "audit.detail.mailRetriedAll", AS_IS),
            new Shape("dead letter (\\d+) handed back to delivery", "audit.detail.mailRetried", AS_IS),
            new Shape("directory export, (json|zip), full \\(with confidential addresses\\)", "audit.detail.exportFull", AS_IS),
            new Shape("directory export, (json|zip), public", "audit.detail.exportPublic", AS_IS),
            new Shape("gazetteer loaded from (.+?): .*", "audit.detail.gazetteer", AS_IS),
            new Shape("demo organisation members (.+)", "audit.detail.demoMembers", AS_IS));

    private static final Pattern REFERRAL_ANSWER = Pattern.compile("(SENT|ACCEPTED|DECLINED|COMPLETED)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern TASK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}): (.*)", Pattern.DOTALL);

    /** An audit entry's detail in the page's language. */
    public String auditDetail(String detail) {
        return auditDetail(detail, Faces.getResourceBundle("i18n"));
    }

    /** A timeline event's text in the page's language: its stored codes as labels. */
    public String eventText(RequestEvent event) {
        return eventText(event.getKind(), event.getText(), Faces.getResourceBundle("i18n"));
    }

    static String auditDetail(String detail, ResourceBundle bundle) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        for (Shape shape : DETAILS) {
            Matcher m = shape.pattern().matcher(detail.strip());
            if (m.matches() && bundle.containsKey(shape.key())) {
                Object[] arguments = new Object[shape.argumentLabels().length];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = label(bundle, shape.argumentLabels()[i], m.group(i + 1));
                }
                return new MessageFormat(bundle.getString(shape.key()), bundle.getLocale()).format(arguments);
            }
        }
        return detail;
    }

    static String eventText(EventKind kind, String text, ResourceBundle bundle) {
        if (text == null || kind == null) {
            return text;
        }
        switch (kind) {
            case TRIAGED -> {
                return enumLabel(bundle, "TriageLevel.", text, TriageLevel.class).orElse(text);
            }
            case REFERRAL_CHANGED -> {
                Matcher m = REFERRAL_ANSWER.matcher(text);
                if (m.matches()) {
                    String status = enumLabel(bundle, "ReferralStatus.", m.group(1), ReferralStatus.class).orElse(m.group(1));
                    return m.group(2) == null ? status : status + ": " + m.group(2);
                }
                return text;
            }
            case TASK_ADDED -> {
                Matcher m = TASK.matcher(text);
                if (m.matches()) {
                    try {
                        return Moments.DATE.format(LocalDate.parse(m.group(1))) + ": " + m.group(2);
                    } catch (DateTimeParseException e) {
                        return text;
                    }
                }
                return text;
            }
            default -> {
                return text;
            }
        }
    }

    private static String label(ResourceBundle bundle, String prefix, String value) {
        if (prefix.isEmpty() || !bundle.containsKey(prefix + value)) {
            return value;
        }
        return bundle.getString(prefix + value);
    }

    private static <E extends Enum<E>> Optional<String> enumLabel(ResourceBundle bundle, String prefix, String value,
                                                                  Class<E> type) {
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return bundle.containsKey(prefix + value) ? Optional.of(bundle.getString(prefix + value)) : Optional.empty();
    }
}
