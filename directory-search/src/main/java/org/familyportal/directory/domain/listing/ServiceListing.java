package org.familyportal.directory.domain.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A service of the directory (HSDS {@code service}) as moderators edit it: what it is, who may use
 * it, how to apply, its status, and when a person last verified it ({@code assured_date}), which
 * is kept apart from when it was last edited ({@code last_modified}).
 */
@Entity
@Table(name = "service")
public class ServiceListing implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Provider provider;

    @NotBlank
    @Size(max = Provider.NAME_MAX)
    @Column(name = "name", nullable = false)
    private String name;

    @Size(max = Provider.NAME_MAX)
    @Column(name = "alternate_name")
    private String alternateName;

    @Size(max = Provider.TEXT_MAX)
    @Column(name = "description")
    private String description;

    @NotNull
    @Convert(converter = ServiceStatusConverter.class)
    @Column(name = "status", nullable = false, length = 32)
    private ServiceStatus status = ServiceStatus.ACTIVE;

    @Size(max = Provider.TEXT_MAX)
    @Column(name = "application_process")
    private String applicationProcess;

    @Size(max = Provider.TEXT_MAX)
    @Column(name = "fees_description")
    private String feesDescription;

    @Size(max = Provider.TEXT_MAX)
    @Column(name = "eligibility_description")
    private String eligibilityDescription;

    @DecimalMin("0")
    @DecimalMax("150")
    @Column(name = "minimum_age")
    private BigDecimal minimumAge;

    @DecimalMin("0")
    @DecimalMax("150")
    @Column(name = "maximum_age")
    private BigDecimal maximumAge;

    @Pattern(regexp = "https?://\\S+", message = "{directory.url.pattern}")
    @Size(max = 2000)
    @Column(name = "url")
    private String url;

    @Email
    @Size(max = 254)
    @Column(name = "email")
    private String email;

    @Column(name = "assured_date")
    private LocalDate assuredDate;

    @Column(name = "assurer_email")
    private String assurerEmail;

    @Column(name = "last_modified")
    private LocalDateTime lastModified;

    /** Moved by every write (moderators and imports alike): a save from an older version is refused. */
    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    protected ServiceListing() {
        // for JPA
    }

    public static ServiceListing newService(Provider provider) {
        ServiceListing service = new ServiceListing();
        service.id = UUID.randomUUID().toString();
        service.provider = provider;
        return service;
    }

    /**
     * A person checked the listing today: its "last verified" date moves, whoever they are. The
     * public {@code assurer_email} is cleared rather than given a staff member's address (the
     * portal is the assurer now; who verified is in the change log for staff).
     */
    public void verify(LocalDate today) {
        this.assuredDate = today;
        this.assurerEmail = null;
    }

    public void touch(LocalDateTime now) {
        this.lastModified = now;
    }

    public boolean isAgeRangeConsistent() {
        return minimumAge == null || maximumAge == null || minimumAge.compareTo(maximumAge) <= 0;
    }

    public String getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public void setAlternateName(String alternateName) {
        this.alternateName = alternateName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }

    public String getApplicationProcess() {
        return applicationProcess;
    }

    public void setApplicationProcess(String applicationProcess) {
        this.applicationProcess = applicationProcess;
    }

    public String getFeesDescription() {
        return feesDescription;
    }

    public void setFeesDescription(String feesDescription) {
        this.feesDescription = feesDescription;
    }

    public String getEligibilityDescription() {
        return eligibilityDescription;
    }

    public void setEligibilityDescription(String eligibilityDescription) {
        this.eligibilityDescription = eligibilityDescription;
    }

    public BigDecimal getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(BigDecimal minimumAge) {
        this.minimumAge = minimumAge;
    }

    public BigDecimal getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(BigDecimal maximumAge) {
        this.maximumAge = maximumAge;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate getAssuredDate() {
        return assuredDate;
    }

    public String getAssurerEmail() {
        return assurerEmail;
    }

    public LocalDateTime getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }
}
