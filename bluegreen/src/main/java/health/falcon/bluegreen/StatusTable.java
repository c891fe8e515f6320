package health.falcon.bluegreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The human-readable status: one row per service and colour, columns padded to fit.
 */
final class StatusTable {

	private static final List<String> HEADER = List.of("SERVICE", "COLOUR", "ROLE", "VERSION", "DESIRED", "UPDATED",
			"READY", "AVAILABLE", "STATE", "IMAGE");

	private StatusTable() {
	}

	static String render(List<ServiceState> states) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (ServiceState state : states) {
			for (Colour colour : Colour.values()) {
				rows.add(row(state, state.colour(colour)));
			}
		}
		int[] widths = new int[HEADER.size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder table = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				line.append(String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
			}
			table.append(line.toString().stripTrailing()).append(System.lineSeparator());
		}
		return table.toString();
	}

	private static List<String> row(ServiceState state, ColourState colour) {
		return List.of(state.service(), colour.colour().label(), role(state, colour.colour()),
				Objects.requireNonNullElse(colour.version(), "-"), Integer.toString(colour.desired()),
				Integer.toString(colour.updated()), Integer.toString(colour.ready()),
				Integer.toString(colour.available()), describe(colour),
				Objects.requireNonNullElse(colour.image(), "-"));
	}

	static String role(ServiceState state, Colour colour) {
		boolean live = state.live() == colour;
		boolean preview = state.preview() == colour;
		if (live && preview) {
			return "live+preview";
		}
		return live ? "live" : (preview ? "preview" : "-");
	}

	static String describe(ColourState colour) {
		if (!colour.exists()) {
			return "missing";
		}
		if (colour.scaleDownAt() != null) {
			return "held until " + colour.scaleDownAt();
		}
		if (colour.desired() == 0) {
			return "scaled down";
		}
		return colour.fullyAvailable() ? "available" : "progressing";
	}

}
