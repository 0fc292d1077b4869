package org.familyportal.content.application.screener;

/** A rule change was not published: its test households fail and the editor has not confirmed having seen it. */
public class PublishingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient TestReport report;

    public PublishingRefused(TestReport report) {
        super(report.mismatches().size() + " test household expectation(s) fail");
        this.report = report;
    }

    public TestReport report() {
        return report;
    }
}
