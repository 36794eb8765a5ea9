package org.chengxin.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of integration tests that talk HTTP to the whole application on a random port, against the
 * shared real PostgreSQL. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
  }

  @Autowired protected Environment environment;

  protected Http http() {
    return new Http(Integer.parseInt(environment.getProperty("local.server.port")));
  }

  /** Registers the subject (as a system administrator) and returns its code. */
  protected String registered(Fixtures f, String code) {
    var r =
        http()
            .as(f.adminKey(org.chengxin.access.Role.SYSTEM_ADMIN))
            .post("/api/v1/subjects", java.util.Map.of("code", code, "name", "王五"));
    if (r.status() != 200 && r.status() != 201) {
      throw new AssertionError("registering " + code + " failed: " + r.body());
    }
    return code;
  }
}
