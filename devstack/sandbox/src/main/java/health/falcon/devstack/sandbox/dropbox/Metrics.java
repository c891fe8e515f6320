package health.falcon.devstack.sandbox.dropbox;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The time-domain HRV metrics of an RR series (computed exactly as dropbox-ingest
 * recomputes them) and plausible frequency-domain values derived from them, written in
 * CardioMood's report layout.
 *
 * @param heartRate mean heart rate, bpm
 * @param meanRr mean RR interval, ms
 * @param sdnn standard deviation of the RR intervals, ms
 * @param rmssd root mean square of successive differences, ms
 * @param pnn50 percentage of successive differences over 50 ms
 */
record Metrics(long heartRate, long meanRr, double sdnn, double rmssd, double pnn50) {

	static Metrics of(List<Integer> rr) {
		int n = rr.size();
		double mean = rr.stream().mapToDouble(Integer::doubleValue).average().orElse(0);
		double squares = 0;
		double successive = 0;
		int over50 = 0;
		for (int i = 0; i < n; i++) {
			squares += Math.pow(rr.get(i) - mean, 2);
			if (i > 0) {
				double difference = rr.get(i) - rr.get(i - 1);
				successive += difference * difference;
				over50 += (Math.abs(difference) > 50) ? 1 : 0;
			}
		}
		return new Metrics(Math.round(60000 / mean), Math.round(mean), Math.sqrt(squares / (n - 1)),
				Math.sqrt(successive / (n - 1)), 100.0 * over50 / (n - 1));
	}

	void appendTo(StringBuilder text, SplittableRandom random) {
		double tp = this.sdnn * this.sdnn * (0.8 + random.nextDouble() * 0.3);
		double lfShare = 0.3 + random.nextDouble() * 0.3;
		double hfShare = 0.2 + random.nextDouble() * 0.3;
		double vlf = tp * (1 - lfShare - hfShare);
		double lf = tp * lfShare;
		double hf = tp * hfShare;
		text.append("Results:\n\nTime series parameters:\n");
		text.append("HR    =\t").append(this.heartRate).append('\n');
		text.append("mRR   = ").append(this.meanRr).append('\n');
		text.append(f("SDNN  = %.6f\n", this.sdnn));
		text.append(f("RMSSD = %.6f\n", this.rmssd));
		text.append(f("pNN50 = %.6f\n\n", this.pnn50));
		text.append("Frequency analysis:\n");
		text.append(f("TP  =\t%.6f\t\t\t\tln TP  = %.6f\n", tp, Math.log(tp)));
		text.append(f("VLF =\t%.6f\tVLF%% =\t%.6f\tln VLF = %.6f\n", vlf, 100 * vlf / tp, Math.log(vlf)));
		text.append(f("LF  =\t%.6f\tLF%%  =\t%.6f\tln LF = %.6f\n", lf, 100 * lf / tp, Math.log(lf)));
		text.append(f("HF  =\t%.6f\tHF%%  =\t%.6f\tln HF = %.6f\n\n", hf, 100 * hf / tp, Math.log(hf)));
		text.append("Spectral indicies:\n");
		text.append(f("LF/HF   =\t\t\t%.6f\n", lf / hf));
		text.append(f("LF norm = LF/(LF+HF)*100%% = %.6f\n", 100 * lf / (lf + hf)));
		text.append(f("HF norm = HF/(LF+HF)*100%% = %.6f\n", 100 * hf / (lf + hf)));
		text.append(f("VLF/HF  =\t\t\t%.6f\n", vlf / hf));
		text.append(f("IC = (VLF+LF)/HF = %.6f\n\n", (vlf + lf) / hf));
		text.append("Histogram (50ms step):\n");
		text.append(f("Mo    =\t%d\n", Math.round(this.meanRr / 50.0) * 50));
		text.append(f("AMo%%  =\t%.6f\n", 30 + random.nextDouble() * 20));
		text.append(f("SI    =\t%.6f\n", 40 + random.nextDouble() * 80));
		text.append(f("HRVTi = %.6f (step 1/128 s)\n\n", 8 + random.nextDouble() * 8));
		text.append("Poincare Plot params:\n");
		double sd1 = this.rmssd / Math.sqrt(2);
		double sd2 = Math.sqrt(Math.max(2 * this.sdnn * this.sdnn - sd1 * sd1, 1));
		text.append(f("SD1   =\t%.6f\nSD2   =\t%.6f\n", sd1, sd2));
		text.append(f("SD1/SD2 =\t%.6f\nS   =\tN/A\n", sd1 / sd2));
	}

	private static String f(String pattern, Object... arguments) {
		return String.format(Locale.ROOT, pattern, arguments);
	}

}
