package org.sanayan.account;

import java.time.Instant;

/** A person with an account. */
public record User(long id, String email, String name, String lang, boolean verified, boolean active,
                   Instant createdAt) {
}
