package no.hod.styringsregister.organisasjon.internal.parsing;

import java.util.List;

/**
 * One division ({@code Divisjon folkehelse}).
 *
 * @param name the heading as written, {@code Divisjon} included
 * @param leader the division's own leader where the text names one ({@code Divisjonsdirektør: …}), else {@code null}
 * @param leaderTitle the leader's title, or {@code null}
 * @param departments the departments in the text's order
 */
public record DivisionDraft(String name, String leader, String leaderTitle, List<DepartmentDraft> departments) {
}
