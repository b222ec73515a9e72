package org.causo.shared.events;

import java.util.concurrent.Executor;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * {@code @Async} methods run at once, in the caller's thread. Spring Modulith turns
 * {@code @Async} on, and every {@code @ApplicationModuleListener} carries it; here a
 * module listener runs right after the publisher's commit, in the publisher's thread (for
 * an officer, in the request): the next page shows what it did, and the audit trail names
 * the officer who caused it. It is durable all the same: the event publication registry
 * keeps the event until the listener completes (docs/decisions.md, "Durable module
 * events"). A listener whose work must not lengthen the request names Boot's executor,
 * {@code @Async("applicationTaskExecutor")}.
 */
@Configuration(proxyBeanMethods = false)
class ListenersInTheCallersThread implements AsyncConfigurer {

	@Override
	public Executor getAsyncExecutor() {
		return new SyncTaskExecutor();
	}

}
