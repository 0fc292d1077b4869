package org.familyportal.directory.domain.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * An organisation that provides services (HSDS {@code organization}), as moderators edit it.
 * Only the fields people edit by hand are mapped; the HSDS import owns the rest.
 */
@Entity
@Table(name = "organization")
public class Provider implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 500;
    public static final int TEXT_MAX = 5000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false)
    private String name;

    @Size(max = NAME_MAX)
    @Column(name = "alternate_name")
    private String alternateName;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "description", nullable = false)
    private String description;

    @Email
    @Size(max = 254)
    @Column(name = "email")
    private String email;

    @Pattern(regexp = "https?://\\S+", message = "{directory.url.pattern}")
    @Size(max = 2000)
    @Column(name = "website")
    private String website;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    /** Moved by every write (moderators and imports alike): a save from an older version is refused. */
    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    protected Provider() {
        // for JPA
    }

    public static Provider newProvider() {
        Provider provider = new Provider();
        provider.id = UUID.randomUUID().toString();
        return provider;
    }

    public String getId() {
        return id;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isDemo() {
        return demo;
    }

    public long getVersion() {
        return version;
    }
}
