package org.familyportal.portal.domain.request;

/** What a hotline operator did during the call. */
public enum OperatorAction {
    INFORMATION_GIVEN, SERVICES_RECOMMENDED, TRANSFERRED_TO_112
}
