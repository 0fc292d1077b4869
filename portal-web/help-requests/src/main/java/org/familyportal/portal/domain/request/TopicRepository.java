package org.familyportal.portal.domain.request;

import java.util.List;

/** The topics a family can choose: the codes of the directory's family-support taxonomy. */
public interface TopicRepository {

    /** The codes, in the directory's order (by name). */
    List<String> codes();
}
