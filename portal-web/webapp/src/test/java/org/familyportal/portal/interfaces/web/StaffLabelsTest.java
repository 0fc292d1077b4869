package org.familyportal.portal.interfaces.web;

import org.familyportal.portal.domain.request.EventKind;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff read stored codes and audit details in their language, never as the codes the use cases wrote. */
class StaffLabelsTest {

    private static final ResourceBundle RU = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("ru"));
    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

    @Test
    void everyShapeOfDetailHasItsTextInBothLanguages() {
        for (StaffLabels.Shape shape : StaffLabels.DETAILS) {
            assertTrue(RU.containsKey(shape.key()), shape.key());
            assertTrue(EN.containsKey(shape.key()), shape.key());
        }
    }

    @Test
    void theDetailsOfTheCentresWorkReadInRussian() {
        assertEquals("статус: " + RU.getString("RequestStatus.NEW") + " → " + RU.getString("RequestStatus.IN_PROGRESS"),
                StaffLabels.auditDetail("status NEW -> IN_PROGRESS", RU));
        assertEquals("оценка ситуации: " + RU.getString("TriageLevel.DIFFICULT_SITUATION"),
                StaffLabels.auditDetail("triage DIFFICULT_SITUATION", RU));
        assertEquals("обращение получено " + RU.getString("Channel.HOTLINE"), StaffLabels.auditDetail("HOTLINE", RU));
        assertEquals("назначен ответственный specialist@family-portal.local",
                StaffLabels.auditDetail("assigned to specialist@family-portal.local", RU));
        for (String detail : new String[] {"task added", "task done", "note", "reply", "as an earlier request of the caller",
                "repeat caller lookup, 2 found", "referral 7 ACCEPTED", "data key: re-encryption started",
                "3 dead letters handed back to delivery", "directory export, zip, public", "membership claims waiting, 4 shown"}) {
            String shown = StaffLabels.auditDetail(detail, RU);
            assertFalse(LATIN_WORD.matcher(shown.replaceAll("\\S+@\\S+", "").replace("(zip)", "")).find(), detail + " -> " + shown);
        }
    }

    @Test
    void anAccountsDetailKeepsItsAddressAndRoles() {
        assertEquals("учётная запись a@b.ru: роли [OPERATOR] → [OPERATOR, ADMIN]",
                StaffLabels.auditDetail("account a@b.ru roles [OPERATOR] -> [OPERATOR, ADMIN]", RU));
        assertEquals("account a@b.ru disabled", StaffLabels.auditDetail("account a@b.ru disabled", EN));
    }

    @Test
    void anUnknownDetailIsShownAsStored() {
        assertEquals("something new", StaffLabels.auditDetail("something new", RU));
        assertEquals("", StaffLabels.auditDetail(null, RU));
    }

    @Test
    void timelineTextsShowTheirCodesAsLabels() {
        assertEquals(RU.getString("TriageLevel.DIFFICULT_SITUATION"),
                StaffLabels.eventText(EventKind.TRIAGED, "DIFFICULT_SITUATION", RU));
        assertEquals(RU.getString("ReferralStatus.DECLINED") + ": нет мест до января",
                StaffLabels.eventText(EventKind.REFERRAL_CHANGED, "DECLINED: нет мест до января", RU));
        assertEquals(EN.getString("ReferralStatus.ACCEPTED"), StaffLabels.eventText(EventKind.REFERRAL_CHANGED, "ACCEPTED", EN));
        assertEquals("05.12.2026: позвонить маме", StaffLabels.eventText(EventKind.TASK_ADDED, "2026-12-05: позвонить маме", RU));
        assertEquals("Мой текст", StaffLabels.eventText(EventKind.NOTE, "Мой текст", RU));
    }
}
