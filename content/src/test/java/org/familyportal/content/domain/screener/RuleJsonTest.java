package org.familyportal.content.domain.screener;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An editor's mistakes in a rule's JSON are refused with the place and the problem. */
class RuleJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON        | {\"code\": | line 1, column 16",
            "no condition    | {\"code\":\"a-b\",\"titleRu\":\"А\",\"source\":\"s\"} | rule.when",
            "unknown fact    | {\"code\":\"a-b\",\"titleRu\":\"А\",\"source\":\"s\",\"when\":{\"all\":[{\"fact\":\"INCOM\",\"op\":\"LT\",\"value\":1}]}} | rule.when.all[0].fact",
            "unknown op      | {\"code\":\"a-b\",\"titleRu\":\"А\",\"source\":\"s\",\"when\":{\"fact\":\"CHILDREN_COUNT\",\"op\":\"=>\",\"value\":1}} | rule.when.op",
            "flag vs number  | {\"code\":\"a-b\",\"titleRu\":\"А\",\"source\":\"s\",\"when\":{\"fact\":\"CAR\",\"op\":\"EQ\",\"value\":1}} | rule.when",
            "empty group     | {\"code\":\"a-b\",\"titleRu\":\"А\",\"source\":\"s\",\"when\":{\"any\":[]}} | rule.when.any",
            "bad code        | {\"code\":\"A B\",\"titleRu\":\"А\",\"source\":\"s\",\"when\":{\"fact\":\"CAR\",\"op\":\"EQ\",\"value\":true}} | rule",
            "no source       | {\"code\":\"a-b\",\"titleRu\":\"А\",\"when\":{\"fact\":\"CAR\",\"op\":\"EQ\",\"value\":true}} | rule.source",
    })
    void aMistakeSaysWhereItIs(String name, String json, String path) {
        RuleFormatException e = assertThrows(RuleFormatException.class, () -> RuleJson.readRule(json), name);
        assertEquals(path, e.path(), e.getMessage());
    }
}
