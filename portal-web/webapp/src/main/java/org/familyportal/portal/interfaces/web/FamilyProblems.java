package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The main kinds of help on the home page, worded as a family's problems ({@code home.problem.<key>})
 * and each leading to the directory's search for it: a kind of help of the family-support taxonomy
 * where one fits, else the words parents use, which the search maps to kinds of help itself (and
 * reads as a sign of danger where they are one: violence brings the crisis banner and the quick exit).
 */
@Named
@ApplicationScoped
public class FamilyProblems {

    /** A problem ({@code key} of its wording) and the query string of its search. */
    public record Problem(String key, String search) {
    }

    private static final List<Problem> PROBLEMS = List.of(
            category("money", "benefits-advice"),
            category("goods", "humanitarian-aid"),
            category("special-needs", "early-intervention"),
            words("violence", "насилие в семье"),
            category("psychologist", "psychological-help"),
            words("conflict", "развод"),
            words("housing", "жильё"),
            category("legal", "legal-aid"),
            category("work", "employment"),
            category("addiction", "addiction-help"),
            category("foster", "substitute-family-support"));

    public List<Problem> getProblems() {
        return PROBLEMS;
    }

    private static Problem category(String key, String code) {
        return new Problem(key, "category=" + code);
    }

    private static Problem words(String key, String words) {
        return new Problem(key, "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }
}
