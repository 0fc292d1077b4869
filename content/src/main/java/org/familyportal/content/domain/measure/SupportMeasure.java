package org.familyportal.content.domain.measure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A support measure as the catalogue shows it and editors keep it: its fixed {@code code} (others
 * link to it: the screener's rules, the sitemap), who gives it and where, who is eligible, how to
 * apply, its legal basis, its amounts with their effective periods and sources, the life situations
 * it belongs to, the directory's services that help apply for it, and when and by whom it was last
 * checked against its sources. Texts are in Russian and English (English may be shorter).
 */
@Entity
@Table(name = "support_measure")
@NamedQuery(name = "SupportMeasure.all", query = "SELECT m FROM SupportMeasure m ORDER BY m.level, m.regionCode, m.code")
@NamedQuery(name = "SupportMeasure.published",
        query = "SELECT m FROM SupportMeasure m WHERE m.published = TRUE ORDER BY m.level, m.regionCode, m.code")
@NamedQuery(name = "SupportMeasure.publishedCodes",
        query = "SELECT m.code FROM SupportMeasure m WHERE m.published = TRUE ORDER BY m.code")
@Cacheable
public class SupportMeasure implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_LENGTH = 60;
    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;
    public static final int URL_LENGTH = 500;
    public static final int MAX_AMOUNTS = 20;
    public static final int MAX_SERVICES = 10;

    @Id
    @Column(name = "code", length = CODE_LENGTH)
    private String code;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 20, nullable = false)
    private MeasureLevel level = MeasureLevel.FEDERAL;

    @Column(name = "region_code", length = 10)
    private String regionCode;

    @Column(name = "municipality_code", length = 60)
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private MeasureKind kind = MeasureKind.PAYMENT;

    @Column(name = "title_ru", length = TITLE_LENGTH, nullable = false)
    private String titleRu;
    @Column(name = "title_en", length = TITLE_LENGTH, nullable = false)
    private String titleEn;
    @Column(name = "summary_ru", length = TEXT_LENGTH)
    private String summaryRu;
    @Column(name = "summary_en", length = TEXT_LENGTH)
    private String summaryEn;
    @Column(name = "giver_ru", length = TITLE_LENGTH, nullable = false)
    private String giverRu;
    @Column(name = "giver_en", length = TITLE_LENGTH, nullable = false)
    private String giverEn;
    @Column(name = "eligibility_ru", length = TEXT_LENGTH)
    private String eligibilityRu;
    @Column(name = "eligibility_en", length = TEXT_LENGTH)
    private String eligibilityEn;
    @Column(name = "documents_ru", length = TEXT_LENGTH)
    private String documentsRu;
    @Column(name = "documents_en", length = TEXT_LENGTH)
    private String documentsEn;
    @Column(name = "how_to_apply_ru", length = TEXT_LENGTH)
    private String howToApplyRu;
    @Column(name = "how_to_apply_en", length = TEXT_LENGTH)
    private String howToApplyEn;

    @Column(name = "without_application", nullable = false)
    private boolean withoutApplication;

    @Column(name = "legal_basis_ru", length = TEXT_LENGTH)
    private String legalBasisRu;
    @Column(name = "legal_basis_en", length = TEXT_LENGTH)
    private String legalBasisEn;
    @Column(name = "legal_basis_url", length = URL_LENGTH)
    private String legalBasisUrl;

    @Column(name = "published", nullable = false)
    private boolean published = true;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "verified_by", length = 200)
    private String verifiedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_measure_situation", joinColumns = @JoinColumn(name = "measure_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "situation", length = 30)
    private Set<LifeSituation> situations = EnumSet.noneOf(LifeSituation.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_measure_channel", joinColumns = @JoinColumn(name = "measure_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 30)
    private Set<ApplicationChannel> channels = EnumSet.noneOf(ApplicationChannel.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_measure_service", joinColumns = @JoinColumn(name = "measure_code"))
    @OrderColumn(name = "position")
    @Column(name = "service_id", length = 36)
    private List<String> serviceIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_measure_amount", joinColumns = @JoinColumn(name = "measure_code"))
    @OrderColumn(name = "position")
    private List<MeasureAmount> amounts = new ArrayList<>();

    protected SupportMeasure() {
    }

    public SupportMeasure(String code) {
        this.code = code;
    }

    /** The text in {@code language} ("en" or else Russian); English falls back to Russian when not written. */
    public static String localized(String ru, String en, String language) {
        return "en".equals(language) && en != null && !en.isBlank() ? en : ru;
    }

    /** A detached copy for a form: editing it changes nothing until a use case applies it. */
    public SupportMeasure copy() {
        SupportMeasure copy = new SupportMeasure(code);
        copy.version = version;
        copy.applyEdits(this);
        copy.published = published;
        copy.demo = demo;
        copy.verifiedOn = verifiedOn;
        copy.verifiedBy = verifiedBy;
        return copy;
    }

    /** Takes over what an editor may change from {@code edited}; the code, the version and the check stay. */
    public void applyEdits(SupportMeasure edited) {
        level = edited.level;
        regionCode = blankToNull(edited.regionCode);
        municipalityCode = blankToNull(edited.municipalityCode);
        kind = edited.kind;
        titleRu = edited.titleRu;
        titleEn = edited.titleEn;
        summaryRu = edited.summaryRu;
        summaryEn = edited.summaryEn;
        giverRu = edited.giverRu;
        giverEn = edited.giverEn;
        eligibilityRu = edited.eligibilityRu;
        eligibilityEn = edited.eligibilityEn;
        documentsRu = edited.documentsRu;
        documentsEn = edited.documentsEn;
        howToApplyRu = edited.howToApplyRu;
        howToApplyEn = edited.howToApplyEn;
        withoutApplication = edited.withoutApplication;
        legalBasisRu = edited.legalBasisRu;
        legalBasisEn = edited.legalBasisEn;
        legalBasisUrl = blankToNull(edited.legalBasisUrl);
        published = edited.published;
        situations = edited.situations.isEmpty() ? EnumSet.noneOf(LifeSituation.class) : EnumSet.copyOf(edited.situations);
        channels = edited.channels.isEmpty() ? EnumSet.noneOf(ApplicationChannel.class) : EnumSet.copyOf(edited.channels);
        serviceIds = new ArrayList<>(new LinkedHashSet<>(edited.serviceIds));
        amounts = new ArrayList<>(edited.amounts.stream().map(MeasureAmount::copy).toList());
    }

    /** An editor checked the measure against its sources on {@code day}. */
    public void verify(String editor, LocalDate day) {
        this.verifiedBy = editor;
        this.verifiedOn = day;
    }

    /** The amounts in effect on {@code day} or later (ended ones are history). */
    public List<MeasureAmount> amountsFrom(LocalDate day) {
        return amounts.stream().filter(a -> !a.endedBefore(day)).toList();
    }

    /** Whether any amount shown is not confirmed against an official source. */
    public boolean hasUnconfirmedAmount(LocalDate day) {
        return amountsFrom(day).stream().anyMatch(a -> !a.isConfirmed());
    }

    public String title(String language) { return localized(titleRu, titleEn, language); }
    public String summary(String language) { return localized(summaryRu, summaryEn, language); }
    public String giver(String language) { return localized(giverRu, giverEn, language); }
    public String eligibility(String language) { return localized(eligibilityRu, eligibilityEn, language); }
    public String documents(String language) { return localized(documentsRu, documentsEn, language); }
    public String howToApply(String language) { return localized(howToApplyRu, howToApplyEn, language); }
    public String legalBasis(String language) { return localized(legalBasisRu, legalBasisEn, language); }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getCode() { return code; }
    /** Only for a new measure's form: a stored measure keeps its code (others link to it). */
    public void setCode(String code) { this.code = code; }
    public long getVersion() { return version; }
    public MeasureLevel getLevel() { return level; }
    public void setLevel(MeasureLevel level) { this.level = level; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getMunicipalityCode() { return municipalityCode; }
    public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
    public MeasureKind getKind() { return kind; }
    public void setKind(MeasureKind kind) { this.kind = kind; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getSummaryRu() { return summaryRu; }
    public void setSummaryRu(String summaryRu) { this.summaryRu = summaryRu; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public String getGiverRu() { return giverRu; }
    public void setGiverRu(String giverRu) { this.giverRu = giverRu; }
    public String getGiverEn() { return giverEn; }
    public void setGiverEn(String giverEn) { this.giverEn = giverEn; }
    public String getEligibilityRu() { return eligibilityRu; }
    public void setEligibilityRu(String eligibilityRu) { this.eligibilityRu = eligibilityRu; }
    public String getEligibilityEn() { return eligibilityEn; }
    public void setEligibilityEn(String eligibilityEn) { this.eligibilityEn = eligibilityEn; }
    public String getDocumentsRu() { return documentsRu; }
    public void setDocumentsRu(String documentsRu) { this.documentsRu = documentsRu; }
    public String getDocumentsEn() { return documentsEn; }
    public void setDocumentsEn(String documentsEn) { this.documentsEn = documentsEn; }
    public String getHowToApplyRu() { return howToApplyRu; }
    public void setHowToApplyRu(String howToApplyRu) { this.howToApplyRu = howToApplyRu; }
    public String getHowToApplyEn() { return howToApplyEn; }
    public void setHowToApplyEn(String howToApplyEn) { this.howToApplyEn = howToApplyEn; }
    public boolean isWithoutApplication() { return withoutApplication; }
    public void setWithoutApplication(boolean withoutApplication) { this.withoutApplication = withoutApplication; }
    public String getLegalBasisRu() { return legalBasisRu; }
    public void setLegalBasisRu(String legalBasisRu) { this.legalBasisRu = legalBasisRu; }
    public String getLegalBasisEn() { return legalBasisEn; }
    public void setLegalBasisEn(String legalBasisEn) { this.legalBasisEn = legalBasisEn; }
    public String getLegalBasisUrl() { return legalBasisUrl; }
    public void setLegalBasisUrl(String legalBasisUrl) { this.legalBasisUrl = legalBasisUrl; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public LocalDate getVerifiedOn() { return verifiedOn; }
    public String getVerifiedBy() { return verifiedBy; }
    public Set<LifeSituation> getSituations() { return situations; }
    public void setSituations(Set<LifeSituation> situations) { this.situations = situations == null || situations.isEmpty() ? EnumSet.noneOf(LifeSituation.class) : EnumSet.copyOf(situations); }
    public Set<ApplicationChannel> getChannels() { return channels; }
    public void setChannels(Set<ApplicationChannel> channels) { this.channels = channels == null || channels.isEmpty() ? EnumSet.noneOf(ApplicationChannel.class) : EnumSet.copyOf(channels); }
    public List<String> getServiceIds() { return serviceIds; }
    public List<MeasureAmount> getAmounts() { return amounts; }
}
