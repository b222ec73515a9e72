package org.causo.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.identity.tokens.TokenHash;
import org.causo.identity.tokens.TokenStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's personal API tokens: made, listed and revoked by their owner. A token is
 * shown once; only its hash is kept. Every change is audited.
 */
@Service
@Transactional
public class ApiTokens {

	private final TokenStore tokens;

	private final AuditTrail audit;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(TokenStore tokens, AuditTrail audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	/**
	 * Makes a personal API token; the returned token is shown once and only its hash is
	 * kept.
	 */
	public String create(long officerId, String name) {
		String clean = SearchKey.clean(name);
		if (clean == null || clean.isEmpty() || clean.length() > 80) {
			throw InvalidInputException.of("name", "token.error.name");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = "cs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = this.tokens.insert(officerId, clean, TokenHash.of(token));
		this.audit.record("API_TOKEN_CREATED", "api_token", id, clean);
		return token;
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> list(long officerId) {
		return this.tokens.list(officerId);
	}

	public void revoke(long officerId, long tokenId) {
		if (!this.tokens.revoke(officerId, tokenId)) {
			throw new NotFoundException("token");
		}
		this.audit.record("API_TOKEN_REVOKED", "api_token", tokenId, null);
	}

}
