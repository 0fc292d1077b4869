package org.familyportal.content.domain.measure;

import java.util.List;

/** The demo catalogue written for the project (a resource file), read as measures marked as demo. */
public interface DemoMeasureSource {

    List<SupportMeasure> measures();
}
