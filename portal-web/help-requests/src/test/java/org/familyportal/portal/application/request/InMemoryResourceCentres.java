package org.familyportal.portal.application.request;

import org.familyportal.portal.domain.centre.Municipality;
import org.familyportal.portal.domain.centre.MunicipalityCode;
import org.familyportal.portal.domain.centre.Organisation;
import org.familyportal.portal.domain.centre.Region;
import org.familyportal.portal.domain.centre.ResourceCentre;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A gazetteer of a few municipalities and the organisations of the directory, in maps. */
final class InMemoryResourceCentres implements ResourceCentreRepository {

    final Map<MunicipalityCode, Municipality> municipalities = new LinkedHashMap<>();
    final Map<String, String> organisations = new LinkedHashMap<>();

    InMemoryResourceCentres municipality(String code, ZoneId zone, String centreId) {
        MunicipalityCode key = new MunicipalityCode(code);
        municipalities.put(key, new Municipality(key, "R" + code, "М" + code, "M" + code, zone, "Регион", "Region", centreId));
        return this;
    }

    InMemoryResourceCentres organisation(String id, String name) {
        organisations.put(id, name);
        return this;
    }

    @Override
    public Optional<Municipality> municipality(MunicipalityCode code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    @Override
    public List<Region> regions() {
        return municipalities.values().stream().map(m -> new Region(m.regionCode(), m.regionNameRu(), m.regionNameEn()))
                .distinct().toList();
    }

    @Override
    public List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    @Override
    public boolean assignCentre(MunicipalityCode code, String centreId) {
        Municipality m = municipalities.get(code);
        if (m == null) {
            return false;
        }
        municipalities.put(code, new Municipality(code, m.regionCode(), m.nameRu(), m.nameEn(), m.zone(),
                m.regionNameRu(), m.regionNameEn(), centreId));
        return true;
    }

    @Override
    public Optional<ResourceCentre> centre(String centreId) {
        return organisationName(centreId).map(name -> new ResourceCentre(centreId, name, municipalities.values().stream()
                .filter(m -> centreId.equals(m.centreId())).map(Municipality::code).toList()));
    }

    @Override
    public List<Organisation> organisationsNamed(String text, int max) {
        String part = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return organisations.entrySet().stream().filter(e -> e.getValue().toLowerCase(java.util.Locale.ROOT).contains(part))
                .map(e -> new Organisation(e.getKey(), e.getValue())).sorted(java.util.Comparator.comparing(Organisation::name))
                .limit(max).toList();
    }

    @Override
    public Optional<String> organisationEmail(String organizationId) {
        return Optional.empty();
    }

    @Override
    public Optional<String> organisationName(String organizationId) {
        return Optional.ofNullable(organisations.get(organizationId));
    }

    @Override
    public Optional<String> firstCentreId() {
        return municipalities.values().stream().map(Municipality::centreId).filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public Optional<String> firstPartnerId() {
        return organisations.entrySet().stream()
                .filter(e -> municipalities.values().stream().noneMatch(m -> e.getKey().equals(m.centreId())))
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).findFirst();
    }
}
