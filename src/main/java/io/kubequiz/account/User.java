package io.kubequiz.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {}

    User(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    /** The language the person last chose (a BCP 47 tag such as {@code fr}), or null if they never chose. */
    String preferredLanguage() {
        return preferredLanguage;
    }

    void preferLanguage(String tag) {
        this.preferredLanguage = tag;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    AccountUser toPrincipal() {
        return new AccountUser(id, username, displayName, role, passwordHash);
    }
}
