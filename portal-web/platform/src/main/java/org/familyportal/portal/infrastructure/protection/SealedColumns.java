package org.familyportal.portal.infrastructure.protection;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/**
 * Every encrypted column of the portal, one converter each, so that each value is bound to its
 * column ({@link DataProtection}'s associated data). {@link #ALL} is what {@link KeyRotation}
 * re-encrypts. Each names {@code AttributeConverter<String, String>} again: EclipseLink reads the
 * types from the converter class itself, not from its superclass.
 */
public final class SealedColumns {

    /** An encrypted column: its table, the table's key column and whether plain text may still be found in it. */
    public record Column(String table, String id, String column, boolean plainAllowed) {
        public String place() {
            return table + "." + column;
        }
    }

    public static final List<Column> ALL = List.of(
            new Column("help_request", "id", "contact_time_sealed", false),
            new Column("help_request", "id", "name_sealed", false),
            new Column("help_request", "id", "phone_sealed", false),
            new Column("help_request", "id", "email_sealed", false),
            new Column("help_request", "id", "messenger_sealed", false),
            new Column("help_request", "id", "description_sealed", false),
            new Column("help_request_event", "id", "text_sealed", false),
            new Column("follow_up_task", "id", "text_sealed", false),
            new Column("referral", "id", "brief_sealed", false),
            new Column("referral", "id", "answer_sealed", false),
            new Column("listing_report", "id", "message", true),
            new Column("listing_report", "id", "contact", true),
            new Column("provider_representative", "user_account_id", "phone_sealed", false));

    private SealedColumns() {
    }

    @Converter
    public static class HelpRequestContactTime extends SealedText implements AttributeConverter<String, String> {
        public HelpRequestContactTime() { super("help_request", "contact_time_sealed", false); }
    }

    @Converter
    public static class HelpRequestName extends SealedText implements AttributeConverter<String, String> {
        public HelpRequestName() { super("help_request", "name_sealed", false); }
    }

    @Converter
    public static class HelpRequestPhone extends SealedText implements AttributeConverter<String, String> {
        public HelpRequestPhone() { super("help_request", "phone_sealed", false); }
    }

    @Converter
    public static class HelpRequestEmail extends SealedText implements AttributeConverter<String, String> {
        public HelpRequestEmail() { super("help_request", "email_sealed", false); }
    }

    @Converter
    public static class HelpRequestMessenger extends SealedText implements AttributeConverter<String, String> {
        public HelpRequestMessenger() { super("help_request", "messenger_sealed", false); }
    }

    @Converter
    public static class HelpRequestDescription extends SealedText implements AttributeConverter<String, String> {
        public HelpRequestDescription() { super("help_request", "description_sealed", false); }
    }

    @Converter
    public static class EventText extends SealedText implements AttributeConverter<String, String> {
        public EventText() { super("help_request_event", "text_sealed", false); }
    }

    @Converter
    public static class TaskText extends SealedText implements AttributeConverter<String, String> {
        public TaskText() { super("follow_up_task", "text_sealed", false); }
    }

    @Converter
    public static class ReferralBrief extends SealedText implements AttributeConverter<String, String> {
        public ReferralBrief() { super("referral", "brief_sealed", false); }
    }

    @Converter
    public static class ReferralAnswer extends SealedText implements AttributeConverter<String, String> {
        public ReferralAnswer() { super("referral", "answer_sealed", false); }
    }

    /** Reports of wrong information were stored in plain text before; those read as they are until sealed. */
    @Converter
    public static class ListingReportMessage extends SealedText implements AttributeConverter<String, String> {
        public ListingReportMessage() { super("listing_report", "message", true); }
    }

    @Converter
    public static class ListingReportContact extends SealedText implements AttributeConverter<String, String> {
        public ListingReportContact() { super("listing_report", "contact", true); }
    }

    /** The phone of an organisation's representative (providers' sign-up), for a moderator checking a claim. */
    @Converter
    public static class RepresentativePhone extends SealedText implements AttributeConverter<String, String> {
        public RepresentativePhone() { super("provider_representative", "phone_sealed", false); }
    }
}
