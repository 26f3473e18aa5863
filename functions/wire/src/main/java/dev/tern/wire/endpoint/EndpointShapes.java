package dev.tern.wire.endpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.model.endpoint.EndpointDemographic;
import dev.tern.model.endpoint.EndpointLocation;
import dev.tern.model.endpoint.EndpointUpdate;
import dev.tern.model.endpoint.EndpointUser;
import dev.tern.wire.JsonConfig;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The endpoint domain records used directly as model shapes (EndpointDemographic, EndpointLocation,
 * EndpointUser, and EndpointUser as written), in Pinpoint's JSON style, for every function that reads
 * or writes endpoints.
 */
@Singleton
public class EndpointShapes implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    JsonConfig.pinpointStyle(mapper,
        EndpointDemographic.class, EndpointLocation.class, EndpointUser.class, EndpointUpdate.UserUpdate.class);
  }
}
