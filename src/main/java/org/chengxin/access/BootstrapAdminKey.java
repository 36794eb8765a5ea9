package org.chengxin.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a store without any active system-administrator key, issues one and prints it once, so that a
 * fresh installation can be administered at all.
 */
@Component
class BootstrapAdminKey implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(BootstrapAdminKey.class);
  private final JdbcClient db;
  private final ApiKeys keys;

  BootstrapAdminKey(JdbcClient db, ApiKeys keys) {
    this.db = db;
    this.keys = keys;
  }

  @Override
  public void run(ApplicationArguments args) {
    long active =
        db.sql("select count(*) from api_key where role = 'SYSTEM_ADMIN' and revoked_at is null")
            .query(Long.class)
            .single();
    if (active == 0) {
      IssuedKey key = keys.issue(Role.SYSTEM_ADMIN, null, "bootstrap");
      log.warn("No system-administrator key existed; issued one (shown only now): {}", key.token());
    }
  }
}
