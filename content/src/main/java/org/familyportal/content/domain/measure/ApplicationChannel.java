package org.familyportal.content.domain.measure;

/** Where an application is made. */
public enum ApplicationChannel {
    /** Госуслуги, online. */
    GOSUSLUGI,
    /** A one-stop public service centre (МФЦ). */
    MFC,
    /** A client service of the Social Fund (СФР). */
    SFR,
    /** The region's social protection office (соцзащита). */
    SOCIAL_PROTECTION,
    /** The tax service (ФНС): the taxpayer's personal account or an office. */
    TAX_SERVICE,
    /** The parent's employer. */
    EMPLOYER,
    /** A bank (mortgage programmes). */
    BANK
}
