package org.schoolattendance.jobs.config;

import org.schoolattendance.sql.warehouse.DuckDbSettings;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AttendanceProperties.class)
class WarehouseConfiguration {

  @Bean
  Warehouse warehouse(AttendanceProperties properties) {
    AttendanceProperties.Warehouse settings = properties.warehouse();
    return new Warehouse(
        settings.path(),
        new DuckDbSettings(settings.memoryLimit(), settings.threads(), settings.tempDirectory()));
  }
}
