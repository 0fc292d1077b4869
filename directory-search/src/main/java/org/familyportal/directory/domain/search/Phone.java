package org.familyportal.directory.domain.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A phone line of a service as HSDS gives it: a number, its type (voice, cell, text, fax, video,
 * pager, textphone, and the portal's own hotline, crisis and messenger) and the publisher's own
 * description of it. {@link #kind()} is the type read into one of the known kinds, so pages can
 * name it in the reader's language; only a line one can call gets a {@code tel:} link (a fax or a
 * pager is not called, a messenger handle is not a number).
 */
public record Phone(String number, String type, String description) {

    /** Known kinds, in the order a parent needs them: the line to call first, the fax last. */
    public static final List<String> KINDS = List.of("hotline", "crisis", "voice", "cell", "sms", "textphone", "video",
            "messenger", "pager", "fax", "other");

    /** Other spellings met in data, read as a known kind. */
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("text", "sms"), Map.entry("main", "voice"),
            Map.entry("phone", "voice"), Map.entry("landline", "voice"), Map.entry("mobile", "cell"),
            Map.entry("tty", "textphone"), Map.entry("tdd", "textphone"), Map.entry("telegram", "messenger"),
            Map.entry("whatsapp", "messenger"), Map.entry("viber", "messenger"), Map.entry("helpline", "hotline"));

    /** Numbers and handles are short; a longer text is not a phone line (bounds what is stored and shown). */
    private static final int MAX_LENGTH = 200;

    public Phone {
        number = number == null ? "" : clip(number.strip());
        type = type == null || type.isBlank() ? null : clip(type.strip());
        description = description == null || description.isBlank() ? null : clip(description.strip());
    }

    /** Most useful first (see {@link #KINDS}); the order within a kind is kept. */
    public static final Comparator<Phone> USEFUL_FIRST = Comparator.comparingInt(p -> KINDS.indexOf(p.kind()));

    /** The type as one of {@link #KINDS}; no type is a voice line (HSDS's default), an unknown one "other". */
    public String kind() {
        if (type == null) {
            return "voice";
        }
        String t = type.toLowerCase(Locale.ROOT);
        String kind = ALIASES.getOrDefault(t, t);
        return KINDS.contains(kind) ? kind : "other";
    }

    /** A number of digits one can dial (not a messenger handle or a text). */
    public boolean dialable() {
        return number.matches("[0-9+()\\-.\\s]+") && digits().length() >= 3;
    }

    /** Whether a person calls this line: voice, mobile, hotline, crisis line, textphone, or a type not known. */
    public boolean callable() {
        return dialable() && switch (kind()) {
            case "voice", "cell", "hotline", "crisis", "textphone", "other" -> true;
            default -> false;
        };
    }

    /** The link that calls (tel:) or texts (sms:) it; null for a fax, a pager, a video or a messenger line. */
    public String link() {
        if (callable()) {
            return "tel:" + digits();
        }
        return dialable() && "sms".equals(kind()) ? "sms:" + digits() : null;
    }

    /**
     * The number as it is compared for duplicates: digits only, a Russian number's trunk prefix
     * (8 or +7) dropped, so "8 (800) 200-01-22" and "+7 800 200 01 22" are the same line.
     */
    public String comparable() {
        String digits = number.replaceAll("[^0-9]", "");
        return digits.length() == 11 && (digits.charAt(0) == '7' || digits.charAt(0) == '8') ? digits.substring(1) : digits;
    }

    private String digits() {
        return number.replaceAll("[^0-9+]", "");
    }

    private static String clip(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
