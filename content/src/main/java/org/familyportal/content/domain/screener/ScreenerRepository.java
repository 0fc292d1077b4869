package org.familyportal.content.domain.screener;

import java.util.List;
import java.util.Optional;

/** Where the screener's rules, parameters, zones and test households are kept. */
public interface ScreenerRepository {

    List<MeasureRules> rules();

    Optional<MeasureRules> rule(String code);

    List<ParameterValue> parameters();

    Optional<ParameterValue> parameter(long id);

    List<ZoneEntry> zones();

    List<TestHouseholdEntry> households();

    Optional<TestHouseholdEntry> household(long id);

    void add(Object entry);

    void remove(TestHouseholdEntry household);

    void remove(ParameterValue parameter);
}
