package health.falcon.backend.account;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the one-step restore ({@code falcon.account.restore.*},
 * {@code POST /api/me/restore}).
 *
 * @param maxBytes the largest archive accepted, counted while it arrives (a larger one is
 * refused with 413 before it is kept whole); {@code application.yaml} sets the service
 * kit's body limit of {@code /api/me/restore} to the same value
 * @param maxEntries the most entries the archive may hold
 * @param maxEntrySize the most bytes backend-server inflates of one entry it reads (the
 * manifest, its two collections, each photo)
 * @param maxTotalSize the most bytes backend-server inflates of the whole archive
 * @param maxCompressionRatio the most an entry may inflate, as a multiple of its
 * compressed size (checked once an entry passes 1 MB inflated)
 */
@ConfigurationProperties("falcon.account.restore")
@Validated
record RestoreProperties(@DefaultValue("512MB") DataSize maxBytes, @DefaultValue("100000") @Positive int maxEntries,
		@DefaultValue("64MB") DataSize maxEntrySize, @DefaultValue("2GB") DataSize maxTotalSize,
		@DefaultValue("1000") @Positive int maxCompressionRatio) {

}
