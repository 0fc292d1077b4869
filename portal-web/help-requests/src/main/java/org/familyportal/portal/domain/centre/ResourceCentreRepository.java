package org.familyportal.portal.domain.centre;

import java.util.List;
import java.util.Optional;

/** The resource centres and the municipalities they answer for. */
public interface ResourceCentreRepository {

    Optional<Municipality> municipality(MunicipalityCode code);

    /** Every region of the gazetteer, by Russian name. */
    List<Region> regions();

    /** Every municipality of the gazetteer, by region and Russian name. */
    List<Municipality> municipalities();

    /** Sets the centre of a municipality ({@code centreId} null: none); false when the municipality is unknown. */
    boolean assignCentre(MunicipalityCode code, String centreId);

    /** The centre with the municipalities it answers for (none yet: an empty list), if the organisation exists. */
    Optional<ResourceCentre> centre(String centreId);

    /** The directory name of an organisation (a centre or a partner), if it exists. */
    Optional<String> organisationName(String organizationId);

    /** The organisation's public e-mail address in the directory, if it has one. */
    Optional<String> organisationEmail(String organizationId);

    /** Organisations of the directory whose name contains {@code text} (any case), by name. */
    List<Organisation> organisationsNamed(String text, int max);

    /** The id of the first resource centre of the gazetteer (by kind and name of its municipality), if any: the demo's centre. */
    Optional<String> firstCentreId();

    /** The id of the first organisation (by name) that is no resource centre, if any: the demo's partner. */
    Optional<String> firstPartnerId();
}
