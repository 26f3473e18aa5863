package dev.tern.bootstrap;

import dev.tern.model.auth.SecretParameter;
import java.util.Optional;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * {@link SecretParameter} in SSM Parameter Store as a SecureString (encrypted with the account's
 * {@code aws/ssm} key), readable with
 * {@code aws ssm get-parameter --name <name> --with-decryption --query Parameter.Value --output text}.
 */
final class SsmSecretParameter implements SecretParameter {

  private final SsmClient ssm;

  SsmSecretParameter(SsmClient ssm) {
    this.ssm = ssm;
  }

  @Override
  public Optional<String> get(String name) {
    try {
      return Optional.of(ssm.getParameter(b -> b.name(name).withDecryption(true)).parameter().value());
    } catch (ParameterNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void put(String name, String value) {
    ssm.putParameter(b -> b.name(name).value(value).type(ParameterType.SECURE_STRING).overwrite(true)
        .description("Tern's first admin access key (AccessKeyId, SecretAccessKey)"));
  }

  @Override
  public void delete(String name) {
    try {
      ssm.deleteParameter(b -> b.name(name));
    } catch (ParameterNotFoundException e) {
      // already gone: deleting is idempotent
    }
  }
}
