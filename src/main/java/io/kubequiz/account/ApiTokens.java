package io.kubequiz.account;

import io.kubequiz.system.BearerTokens;
import io.kubequiz.system.NotFoundException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers' personal API tokens: 256 random bits, shown once, kept as their SHA-256 (a fast hash is right for a
 * random secret of that size; bcrypt is for passwords people choose). A token reads the API as its trainer, nothing
 * more: the security configuration accepts it on GET requests under {@code /api} only.
 */
@Service
public class ApiTokens implements BearerTokens {

    /** The prefix that makes a Kubequiz token recognisable (in logs, in secret scanners). */
    static final String PREFIX = "kq_";

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    /** A token just created: the only time its value is known. */
    public record Created(long id, String name, String token, Instant expiresAt) implements Serializable {}

    /** A token as its owner's list shows it. */
    public record TokenLine(long id, String name, Instant createdAt, Instant expiresAt, boolean active) {}

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** A new token for this trainer, valid for {@code expiresInDays} days (null: until revoked). */
    @Transactional
    public Created create(AccountUser owner, String name, Integer expiresInDays) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
        ApiToken saved = tokens.save(new ApiToken(owner.id(), name.strip(), hash(token), now, expires));
        // Who made which token, for an audit; never the token itself.
        log.info("API token {} created by '{}', expires {}", saved.id(), owner.getUsername(), expires);
        return new Created(saved.id(), saved.name(), token, expires);
    }

    @Transactional(readOnly = true)
    public List<TokenLine> of(AccountUser owner) {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(owner.id()).stream()
                .map(t -> new TokenLine(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.validAt(now)))
                .toList();
    }

    /** Revokes one of the owner's tokens; anyone else's is "not found". */
    @Transactional
    public void revoke(AccountUser owner, long tokenId) {
        tokens.findById(tokenId)
                .filter(t -> t.userId() == owner.id())
                .orElseThrow(() -> new NotFoundException("token " + tokenId))
                .revoke(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserDetails> userFor(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.validAt(now))
                .flatMap(t -> users.findById(t.userId()))
                .map(User::toPrincipal)
                .filter(user -> user.role() == Role.TRAINER || user.role() == Role.ADMIN)
                .map(UserDetails.class::cast);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
