package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;

/**
 * A main goal (hovedmål, 2025 layout: "3.1") or an area (2020 layout: "2.1") that assignments sit under.
 */
public record GoalDraft(String number, String title, List<String> steeringParameters, List<String> keyFigures) {
}
