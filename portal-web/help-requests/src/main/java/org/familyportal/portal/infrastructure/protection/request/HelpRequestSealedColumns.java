package org.familyportal.portal.infrastructure.protection.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.familyportal.portal.infrastructure.protection.SealedColumns;
import org.familyportal.portal.infrastructure.protection.SealedText;

import java.util.List;

/**
 * The encrypted columns of help requests, their timelines, tasks and referrals: one converter each
 * (applied in {@code META-INF/help-requests-orm.xml}), and the list the platform's key rotation
 * re-encrypts. Every column ending in {@code _sealed} of these tables is here.
 */
@ApplicationScoped
public class HelpRequestSealedColumns implements SealedColumns {

    private static final List<Column> COLUMNS = List.of(
            new Column("help_request", "id", "contact_time_sealed", false),
            new Column("help_request", "id", "name_sealed", false),
            new Column("help_request", "id", "phone_sealed", false, "phone_index"),
            new Column("help_request", "id", "email_sealed", false),
            new Column("help_request", "id", "messenger_sealed", false),
            new Column("help_request", "id", "description_sealed", false),
            new Column("help_request_event", "id", "text_sealed", false),
            new Column("follow_up_task", "id", "text_sealed", false),
            new Column("referral", "id", "brief_sealed", false),
            new Column("referral", "id", "answer_sealed", false));

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Converter
    public static class ContactTime extends SealedText implements AttributeConverter<String, String> {
        public ContactTime() { super("help_request", "contact_time_sealed", false); }
    }

    @Converter
    public static class Name extends SealedText implements AttributeConverter<String, String> {
        public Name() { super("help_request", "name_sealed", false); }
    }

    @Converter
    public static class Phone extends SealedText implements AttributeConverter<String, String> {
        public Phone() { super("help_request", "phone_sealed", false); }
    }

    @Converter
    public static class Email extends SealedText implements AttributeConverter<String, String> {
        public Email() { super("help_request", "email_sealed", false); }
    }

    @Converter
    public static class Messenger extends SealedText implements AttributeConverter<String, String> {
        public Messenger() { super("help_request", "messenger_sealed", false); }
    }

    @Converter
    public static class Description extends SealedText implements AttributeConverter<String, String> {
        public Description() { super("help_request", "description_sealed", false); }
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
}
