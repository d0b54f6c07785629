package no.hod.styringsregister;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Short-lived caches for whole lists read on nearly every page (agencies, divisions, the years and letters of the
 * list's filter) and for the near-miss spellings of a search word. Each instance keeps its own: a change is seen at
 * once on the instance that made it (the entries are dropped when its transaction commits) and on the others when
 * their entries expire ({@code styringsregister.mellomlager.levetid}, 30 seconds). A transaction that writes reads
 * past the caches, so it sees its own changes.
 */
@Configuration(proxyBeanMethods = false)
// Inside any security check, outside the transaction: a hit takes no connection from the pool.
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
class Mellomlager {

	@Bean
	CacheManager cacheManager(@Value("${styringsregister.mellomlager.levetid:30s}") Duration levetid) {
		CaffeineCacheManager caffeine = new CaffeineCacheManager();
		caffeine.setCaffeine(Caffeine.newBuilder().expireAfterWrite(levetid).maximumSize(1_000));
		caffeine.setAllowNullValues(false);
		return new ForbiSkrivendeTransaksjoner(new TransactionAwareCacheManagerProxy(caffeine));
	}

	/** Hands out caches that a transaction which writes reads and fills past. */
	private static final class ForbiSkrivendeTransaksjoner implements CacheManager {

		private final CacheManager caches;

		private final Map<String, Cache> omsluttet = new ConcurrentHashMap<>();

		ForbiSkrivendeTransaksjoner(CacheManager caches) {
			this.caches = caches;
		}

		@Override
		public Cache getCache(String navn) {
			Cache cache = caches.getCache(navn);
			return cache == null ? null : omsluttet.computeIfAbsent(navn, n -> new Forbi(cache));
		}

		@Override
		public Collection<String> getCacheNames() {
			return caches.getCacheNames();
		}
	}

	private record Forbi(Cache cache) implements Cache {

		private static boolean skriver() {
			return TransactionSynchronizationManager.isActualTransactionActive()
					&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		}

		@Override
		public String getName() {
			return cache.getName();
		}

		@Override
		public Object getNativeCache() {
			return cache.getNativeCache();
		}

		@Override
		public ValueWrapper get(Object key) {
			return skriver() ? null : cache.get(key);
		}

		@Override
		public <T> T get(Object key, Class<T> type) {
			return skriver() ? null : cache.get(key, type);
		}

		@Override
		public <T> T get(Object key, Callable<T> valueLoader) {
			if (skriver()) {
				try {
					return valueLoader.call();
				}
				catch (Exception ex) {
					throw new ValueRetrievalException(key, valueLoader, ex);
				}
			}
			return cache.get(key, valueLoader);
		}

		@Override
		public void put(Object key, Object value) {
			if (!skriver()) {
				cache.put(key, value);
			}
		}

		@Override
		public void evict(Object key) {
			cache.evict(key);
		}

		@Override
		public void clear() {
			cache.clear();
		}
	}
}
