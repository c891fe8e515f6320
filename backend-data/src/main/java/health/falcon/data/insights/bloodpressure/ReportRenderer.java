package health.falcon.data.insights.bloodpressure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders the report: HTML from the Thymeleaf template {@value #TEMPLATE} (every value
 * escaped, the chart SVG built by {@link ReportChart} inlined), and the PDF from that
 * same HTML with openhtmltopdf (PDFBox, the chart drawn by Batik).
 */
@Component
class ReportRenderer {

	static final String TEMPLATE = "reports/blood-pressure";

	private final ITemplateEngine templates;

	ReportRenderer(ITemplateEngine templates) {
		this.templates = templates;
		XRLog.setLoggerImpl(new PdfLog());
	}

	String html(ReportModel model) {
		return this.templates.process(TEMPLATE, new Context(Locale.ENGLISH, Map.of("report", model)));
	}

	byte[] pdf(String html) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useSVGDrawer(new BatikSVGDrawer());
		// The HTML has no external resources; the base URI only satisfies the builder.
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

}
