package health.falcon.data.archive;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The full export ({@code falcon.data.export.*}).
 *
 * @param batchSize documents per cursor batch: the most documents of a collection held in
 * memory at once while the archive streams (heart-rate sample days are up to ~200 KB
 * each)
 */
@ConfigurationProperties("falcon.data.export")
@Validated
record ArchiveProperties(@DefaultValue("100") @Min(1) @Max(10000) int batchSize) {

}
