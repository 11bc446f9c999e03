package dev.apppay.order.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Rejects a token whose subject cannot be a user id: empty, blank or containing a control
 * character. The failure ends authentication with the same 401 as any other invalid token, before
 * the subject reaches the database.
 */
@ApplicationScoped
public class UserIdCheck implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Uni.createFrom().item(identity);
    }
    if (!isValidUserId(token.getSubject())) {
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("Token subject is not a valid user id"));
    }
    return Uni.createFrom().item(identity);
  }

  static boolean isValidUserId(String subject) {
    if (subject == null || subject.isBlank()) {
      return false;
    }
    return subject.codePoints().noneMatch(Character::isISOControl);
  }
}
