package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The screener's answer for one measure.
 *
 * @param verdict           PASS (may be entitled), FAIL (not eligible), UNKNOWN (need more information)
 * @param nearThreshold     FAIL only because a money check failed by at most the near margin
 * @param reasons           the checks that decided a PASS (or, for a FAIL, those that failed)
 * @param questions         the unanswered questions an UNKNOWN waits for
 * @param missingParameters the parameters with no value in force (an UNKNOWN the family cannot resolve)
 * @param amount            the estimate, or {@code null}
 */
public record MeasureResult(Rule rule, Verdict verdict, boolean nearThreshold, List<CheckResult> reasons,
                            Set<Question> questions, Set<String> missingParameters, BigDecimal amount) {

    public String code() {
        return rule.code();
    }
}
