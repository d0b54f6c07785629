package no.hod.styringsregister.tildelingsbrev;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter review's correction form sent as a browser sends it: every field as the page has it, some retyped. */
public final class Rettingsskjema {

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

	private static final Pattern ATTR = Pattern.compile("\\b(type|name|value|checked|required)(?:=\"([^\"]*)\")?");

	private Rettingsskjema() {
	}

	/** A field's value in the review form. */
	public static String verdi(String side, String felt) {
		Matcher m = Pattern.compile("name=\"" + Pattern.quote(felt) + "\" value=\"([^\"]*)\"").matcher(side);
		assertThat(m.find()).as(felt).isTrue();
		return m.group(1);
	}

	/** The request with the review form's fields as the page has them, and the values the admin typed. */
	public static MockHttpServletRequestBuilder fyltUt(MockHttpServletRequestBuilder request, String side,
			Map<String, String> skrevet) {
		return fyltUt(request, side, skrevet, Set.of());
	}

	/**
	 * As {@link #fyltUt(MockHttpServletRequestBuilder, String, Map)}, with the boxes named {@code uttatteKryss}
	 * unticked. The fields outside the form that belong to it ({@code form="rettinger"}) are sent too.
	 */
	public static MockHttpServletRequestBuilder fyltUt(MockHttpServletRequestBuilder request, String side,
			Map<String, String> skrevet, Set<String> uttatteKryss) {
		String form = side.substring(side.indexOf("<form id=\"rettinger\""));
		form = form.substring(0, form.indexOf("</form>"));
		List<String> felter = new ArrayList<>();
		Matcher input = INPUT.matcher(form);
		while (input.find()) {
			felter.add(input.group());
		}
		Matcher utenfor = INPUT.matcher(side);
		while (utenfor.find()) {
			if (utenfor.group().contains(" form=\"rettinger\"")) {
				felter.add(utenfor.group());
			}
		}
		for (String felt : felter) {
			String type = null;
			String name = null;
			String value = "";
			boolean checked = false;
			Matcher a = ATTR.matcher(felt);
			while (a.find()) {
				switch (a.group(1)) {
					case "type" -> type = a.group(2);
					case "name" -> name = a.group(2);
					case "value" -> value = HtmlUtils.htmlUnescape(a.group(2) == null ? "" : a.group(2));
					case "checked" -> checked = true;
					default -> {
					}
				}
			}
			if (name != null && !name.equals("_csrf") && !skrevet.containsKey(name)
					&& (!"checkbox".equals(type) || checked && !uttatteKryss.contains(name))) {
				request.param(name, value);
			}
		}
		skrevet.forEach(request::param);
		return request;
	}
}
