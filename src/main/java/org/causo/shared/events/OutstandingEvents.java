package org.causo.shared.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Module events whose listener failed run again while the application runs, and completed
 * ones do not pile up (docs/decisions.md, "Durable module events").
 * <p>
 * A listener that threw is marked failed at once; one that never ended (the node died) is
 * marked failed by the library's staleness check after
 * {@code spring.modulith.events.staleness.*}. Every few minutes the failed ones run
 * again, each at most {@code causo.events.retries} times: a failure that lasts that long
 * is a fault to fix, and the next start (which runs every incomplete publication, at
 * {@code republish-outstanding-events-on-restart}) tries it again after the fix. Every
 * node may run this: the library claims a publication with a conditional update, so two
 * nodes never run the same one at once.
 * <p>
 * Completed publications are moved to {@code event_publication_archive} at completion and
 * deleted from it after {@code causo.events.keep-completed}: long enough to see what
 * became of last week's events, short enough that the resident ids they carry do not
 * stay.
 */
@Component
class OutstandingEvents {

	private final FailedEventPublications failed;

	private final CompletedEventPublications completed;

	private final int retries;

	private final Duration keep;

	OutstandingEvents(FailedEventPublications failed, CompletedEventPublications completed,
			@Value("${causo.events.retries:12}") int retries,
			@Value("${causo.events.keep-completed:P7D}") Duration keep) {
		this.failed = failed;
		this.completed = completed;
		this.retries = retries;
		this.keep = keep;
	}

	@Scheduled(cron = "${causo.events.retry-cron:0 */5 * * * *}")
	void retryFailed() {
		// the first run counts as attempt 1, each retry adds one
		this.failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(100)
			.withFilter((publication) -> publication.getCompletionAttempts() <= this.retries));
	}

	@Scheduled(cron = "${causo.events.cleanup-cron:0 23 4 * * *}")
	void forgetCompleted() {
		this.completed.deletePublicationsOlderThan(this.keep);
	}

}
